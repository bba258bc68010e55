import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from './case-builder';
import { overviewStats } from './overview';
import { parseSeedArticle } from '../seed-format';
import { freeTextScale, sixStepScale } from '../rating-scales';

const root = join(import.meta.dirname, '../../..');
const seeds = [join(root, '../shared/seeds'), join(root, '../../shared/seeds')].find(existsSync)!;
const articles = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'].map((f, i) => {
  const parsed = parseSeedArticle(readFileSync(join(seeds, f), 'utf8'));
  return buildArticle('case', `a${i}`, i, { text: '', blocks: parsed.blocks, title: `Title ${i}`, outlet: `Outlet ${'ABC'[i]}` });
});
const [a0, a1] = articles;
const labels = { notRated: 'Not rated', concluded: 'Conclusion only', noClaimant: 'No claimant', untitled: 'Untitled' };
const moved = buildClaim(a1, 'moved', 'He said he didn’t meddle', { claimant: 'Vladimir Putin', updatedAt: '2026-01-03T00:00:00.000Z' });
moved.anchor = { ...moved.anchor, state: 'needs-review', reviewReason: 'The quote is no longer in the article.' };
const claims = [
  buildClaim(a0, 'c1', 'He said he as absolutely did not meddle in our election', { claimant: 'Vladimir Putin', ratingId: 'false', status: 'drafted', updatedAt: '2026-01-04T00:00:00.000Z' }),
  buildClaim(a0, 'c2', 'Syria', { claimant: 'Donald Trump', ratingId: 'false', status: 'drafted', updatedAt: '2026-01-02T00:00:00.000Z' }),
  buildClaim(a1, 'c3', '126 million Americans through Facebook', { ratingId: 'half-true', status: 'reviewed' }),
  moved,
];

describe('overviewStats', () => {
  const stats = overviewStats(sixStepScale(), articles, claims, labels);

  it('counts claims per rating of the scale, with the unrated last', () => {
    expect(stats.total).toBe(4);
    expect(stats.verdicts.map((b) => `${b.label}:${b.count}`)).toEqual(['True:0', 'Mostly true:0', 'Half true:1', 'Mostly false:0', 'False:2', 'Pants on fire:0', 'Not rated:1']);
    expect(stats.verdicts[4].color).toBe('#c62828');
  });

  it('counts claims per article in case order and per claimant, most first', () => {
    expect(stats.perArticle.map((b) => `${b.label}:${b.count}`)).toEqual(['Outlet A — Title 0:2', 'Outlet B — Title 1:2', 'Outlet C — Title 2:0']);
    expect(stats.perClaimant.map((b) => `${b.label}:${b.count}`)).toEqual(['Vladimir Putin:2', 'Donald Trump:1', 'No claimant:1']);
  });

  it('queues drafted claims for review and claims whose anchor needs review, oldest change first', () => {
    expect(stats.waitingForReview.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(stats.reanchorQueue.map((c) => c.anchor.reviewReason)).toEqual(['The quote is no longer in the article.']);
  });

  it('counts conclusions without a rating under the free-text scale', () => {
    const concluded = { ...claims[2], verdict: { ratingId: null, conclusion: 'Unsupported', rationale: [], reviewer: 'Ana', date: '' } };
    const free = overviewStats(freeTextScale(), articles, [concluded, claims[1]], labels);
    expect(free.verdicts.map((b) => `${b.label}:${b.count}`)).toEqual(['Conclusion only:1', 'Not rated:1']);
  });
});
