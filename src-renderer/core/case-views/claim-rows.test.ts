import { describe, expect, it } from 'vitest';
import { buildClaim, buildLink } from './case-builder';
import { buildClaimRows, countByClaim, facetsOf, filterRows, nextSort, NO_FILTERS, NONE } from './claim-rows';
import { seedCaseArticles } from '../testing/seed-articles.node';
import { sixStepScale } from '../rating-scales';

const articles = seedCaseArticles();
const [a0, a1, a2] = articles;
const claims = [
  buildClaim(a0, 'meddle', 'He said he as absolutely did not meddle in our election', { claimant: 'Vladimir Putin', ratingId: 'false', status: 'drafted', tags: ['election'], updatedAt: '2026-01-05T00:00:00.000Z' }),
  buildClaim(a0, 'syria0', 'Syria', { claimant: 'Donald Trump', ratingId: 'true', updatedAt: '2026-01-02T00:00:00.000Z' }),
  buildClaim(a1, 'facebook', '126 million Americans through Facebook', { claimant: '', ratingId: 'half-true', status: 'researching', tags: ['figures', 'election'] }),
  buildClaim(a2, 'syria2', 'Syria', { claimant: 'Donald Trump', status: 'published', updatedAt: '2026-01-09T00:00:00.000Z' }),
];
const links = [buildLink('l1', claims[1], claims[3], 'same'), buildLink('l2', claims[0], claims[2], 'contradicts')];
const evidence = [{ claimId: 'facebook' }, { claimId: 'facebook' }, { claimId: 'meddle' }];
const scale = sixStepScale();
const rows = buildClaimRows({
  scale,
  articles,
  claims,
  evidenceCounts: countByClaim(evidence, (e) => [e.claimId]),
  linkCounts: countByClaim(links, (l) => [l.fromClaimId, l.toClaimId]),
});
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('buildClaimRows', () => {
  it('carries the article, quote, verdict and the evidence and link counts of each claim', () => {
    const facebook = rows.find((r) => r.id === 'facebook')!;
    expect(facebook).toMatchObject({
      articleOutlet: 'Outlet B',
      quote: '126 million Americans through Facebook',
      ratingName: 'Half true',
      ratingColor: '#f9a825',
      evidenceCount: 2,
      linkCount: 1,
    });
    expect(facebook.articleTitle).toMatch(/^Donald Trump and Vladimir Putin seemed/);
    expect(rows.find((r) => r.id === 'syria2')).toMatchObject({ ratingId: NONE, ratingName: '', linkCount: 1, evidenceCount: 0 });
  });
});

describe('filterRows', () => {
  it('combines facets with AND and keeps the given order', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, claimant: 'Donald Trump' }))).toEqual(['syria0', 'syria2']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, claimant: 'Donald Trump', rating: NONE }))).toEqual(['syria2']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, tag: 'election', articleId: 'a1' }))).toEqual(['facebook']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, status: 'drafted' }))).toEqual(['meddle']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, claimant: NONE }))).toEqual(['facebook']);
  });

  it('narrows to search matches', () => {
    expect(ids(filterRows(rows, NO_FILTERS, (r) => r.id === 'syria2' || r.id === 'meddle'))).toEqual(['meddle', 'syria2']);
  });
});

describe('facetsOf', () => {
  it('offers every rating of the scale plus "not rated", and the claimants and tags in use, with counts', () => {
    const f = facetsOf(rows, scale, articles, { rating: 'Not rated', claimant: 'No claimant' });
    expect(f.rating.map((o) => `${o.label}:${o.count}`)).toEqual(['True:1', 'Mostly true:0', 'Half true:1', 'Mostly false:0', 'False:1', 'Pants on fire:0', 'Not rated:1']);
    expect(f.claimant.map((o) => `${o.label}:${o.count}`)).toEqual(['Donald Trump:2', 'Vladimir Putin:1', 'No claimant:1']);
    expect(f.tag.map((o) => `${o.label}:${o.count}`)).toEqual(['election:2', 'figures:1']);
    expect(f.article.map((o) => o.count)).toEqual([2, 1, 1]);
  });
});

describe('nextSort', () => {
  it('flips the direction on the same column and starts ascending on a new one', () => {
    expect(nextSort({ key: 'quote', dir: 'asc' }, 'quote')).toEqual({ key: 'quote', dir: 'desc' });
    expect(nextSort({ key: 'quote', dir: 'desc' }, 'status')).toEqual({ key: 'status', dir: 'asc' });
  });
});
