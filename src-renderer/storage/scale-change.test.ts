import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { describeAnchor } from '../core/anchoring/describe';
import { removeRating, updateRating } from '../core/scale-edits';
import { sixStepScale } from '../core/rating-scales';

const TEXT = 'He said he as absolutely did not meddle in our election, he did not do what they are saying he did.';
let repos: Repositories;
let n = 0;
beforeEach(() => {
  repos = openRepositories(new FactmarkDb(`scale-${++n}`));
});
afterEach(async () => {
  await repos.db.delete();
});

async function ratedClaim(ratingId: string) {
  const c = await repos.cases.create('APEC');
  const [article] = await repos.articles.addMany(c.id, [{ title: 'A', blocks: [{ type: 'paragraph', text: TEXT }], origin: { format: 'paste', name: 'a' } }]);
  const claim = await repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(TEXT, { start: 0, end: 55 }), claimDate: '' }, 'Ana');
  await repos.claims.update(claim.id, { verdict: { ratingId, conclusion: 'No', rationale: [], reviewer: 'Ana', date: '' } }, c.scale, 'Ana');
  return { c, claim };
}

describe('changing a case scale', () => {
  it('unrates verdicts whose rating is removed, keeps their conclusion and logs the change', async () => {
    const { c, claim } = await ratedClaim('pants-on-fire');
    const unrated = await repos.cases.changeScale(c.id, removeRating(sixStepScale(), 'pants-on-fire'), 'Ben');
    expect(unrated).toBe(1);
    const stored = await repos.claims.get(claim.id);
    expect(stored?.verdict).toMatchObject({ ratingId: null, conclusion: 'No' });
    const scale = (await repos.cases.get(c.id))!.scale;
    expect([scale.preset, scale.bestRating, scale.worstRating, scale.ratings.map((r) => r.value)]).toEqual(['custom', 5, 1, [5, 4, 3, 2, 1]]);
    const last = (await repos.claims.historyOf(claim.id)).pop();
    expect([last?.field, last?.before, last?.after, last?.reviewer]).toEqual(['verdict', 'Pants on fire — No', 'No', 'Ben']);
  });

  it('keeps verdicts when ratings are only renamed or recoloured', async () => {
    const { c, claim } = await ratedClaim('false');
    expect(await repos.cases.changeScale(c.id, updateRating(sixStepScale(), 'false', { name: 'Not true', color: '#1565c0' }), 'Ana')).toBe(0);
    expect((await repos.claims.get(claim.id))?.verdict?.ratingId).toBe('false');
  });

  it('folds saves made while typing into one corrections-log entry', async () => {
    const { c, claim } = await ratedClaim('false');
    for (const conclusion of ['No r', 'No rec', 'No record']) {
      const now = (await repos.claims.get(claim.id))!;
      await repos.claims.update(claim.id, { verdict: { ...now.verdict!, conclusion } }, c.scale, 'Ana', { mergeHistory: true });
    }
    const verdictEntries = (await repos.claims.historyOf(claim.id)).filter((h) => h.field === 'verdict');
    expect(verdictEntries.map((h) => [h.before, h.after])).toEqual([['', 'False — No record']]);
  });
});
