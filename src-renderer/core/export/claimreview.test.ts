import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { freeTextScale } from '../rating-scales';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { claimReviews } from './claimreview';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const options = { reviewUrl: 'https://factcheck.example/apec', organization: { name: 'Example Fact Check', url: 'https://factcheck.example/' } };

describe('claimReviews', () => {
  it('writes one ClaimReview per claim group with a verdict', () => {
    const { reviews, json, warnings } = claimReviews(seed, options);
    // Seven claims have verdicts; two of them are the same claim (the denial), so six reviews.
    expect(reviews).toHaveLength(6);
    expect(JSON.parse(json)).toEqual(reviews);
    const denial = reviews.find((r) => r.claimReviewed === 'Putin told Trump again at APEC that he did not meddle in the 2016 US election.')!;
    expect(denial).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/apec#claim-claim-denial-000',
      author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' },
      datePublished: '2026-11-30',
      reviewRating: { '@type': 'Rating', alternateName: 'Half true', ratingValue: 4, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Donald Trump' },
        datePublished: '2017-11-11',
        firstAppearance: { '@type': 'CreativeWork', url: 'https://example.org/seed/000', publisher: { '@type': 'Organization', name: 'Sample outlet A' } },
      },
    });
    const appearances = (denial.itemReviewed as { appearance: Array<{ url: string }> }).appearance;
    expect(appearances.map((a) => a.url)).toEqual(['https://example.org/seed/000', 'https://example.org/seed/001', 'https://example.org/seed/002']);
    const syria = reviews.find((r) => String(r.claimReviewed).includes('no military solution'))!;
    expect(syria.itemReviewed).toMatchObject({ author: { '@type': 'Organization' } });
    expect(warnings).toEqual([]);
  });

  it('leaves out missing fields and says so', () => {
    const broken = structuredClone(seed);
    broken.case.scale = freeTextScale();
    for (const c of broken.claims) {
      c.claimant = '';
      if (c.verdict) c.verdict = { ...c.verdict, ratingId: null, date: '' };
    }
    const { reviews, warnings } = claimReviews(broken, { reviewUrl: '', organization: { name: '' } });
    const first = reviews[0];
    expect(first.author).toBeUndefined();
    expect(first.url).toBeUndefined();
    expect(first.datePublished).toBeUndefined();
    expect((first.itemReviewed as Record<string, unknown>).author).toBeUndefined();
    expect(first.reviewRating).toEqual({ '@type': 'Rating', alternateName: expect.any(String) });
    expect(JSON.stringify(reviews)).not.toContain('""');
    expect(warnings).toContain('No fact-checking organisation name is set: ClaimReview "author" is left out.');
    expect(warnings.some((w) => w.includes('no claimant'))).toBe(true);
    expect(warnings.some((w) => w.includes('no verdict date'))).toBe(true);
    expect(warnings.some((w) => w.includes('free-text conclusion without a rating'))).toBe(true);
  });

  it('keeps the JSON safe to embed in a script element', () => {
    const hostile = structuredClone(seed);
    hostile.claims[1].statement = '</script><script>alert(1)</script>';
    expect(claimReviews(hostile, options).json).not.toContain('</script>');
  });
});
