import { describe, expect, it } from 'vitest';
import { buildSeedCase } from './seed-case';
import { readSeedTexts } from './seed-texts.node';
import { claimGroups } from '../claim-groups';

describe('buildSeedCase', () => {
  it('anchors every claim on its real passage in the seed articles', async () => {
    const contents = await buildSeedCase(readSeedTexts());
    expect(contents.articles).toHaveLength(3);
    expect(contents.claims).toHaveLength(10);
    for (const claim of contents.claims) {
      const article = contents.articles.find((a) => a.id === claim.articleId)!;
      const { start, end } = claim.anchor.position;
      expect(article.text.slice(start, end)).toBe(claim.anchor.quote.exact);
      expect(article.text.slice(0, start).endsWith(claim.anchor.quote.prefix)).toBe(true);
    }
    const denial = contents.claims.find((c) => c.id === 'claim-denial-000')!;
    expect(denial.anchor.quote.exact).toBe('He said he as absolutely did not meddle in our election');
    expect(contents.articles[0].publishedDate).toBe('2017-11-11');
  });

  it('keeps every reference inside the case', async () => {
    const c = await buildSeedCase(readSeedTexts());
    const claimIds = new Set(c.claims.map((x) => x.id));
    const sourceIds = new Set(c.sources.map((x) => x.id));
    for (const e of c.evidence) expect(claimIds.has(e.claimId) && sourceIds.has(e.sourceId)).toBe(true);
    for (const l of c.links) expect(claimIds.has(l.fromClaimId) && claimIds.has(l.toClaimId)).toBe(true);
    for (const claim of c.claims) {
      if (claim.verdict?.ratingId) expect(c.case.scale.ratings.some((r) => r.id === claim.verdict!.ratingId)).toBe(true);
    }
    // The three denials form one group across the three articles.
    const denial = claimGroups(c.claims, c.links).find((g) => g.memberIds.includes('claim-denial-000'))!;
    expect(denial.memberIds).toEqual(['claim-denial-000', 'claim-denial-001', 'claim-denial-002']);
  });
});
