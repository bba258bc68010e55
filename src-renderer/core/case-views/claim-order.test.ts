// The Claims table's sort orders: on the seed case's claims, and against a
// plain comparator sort (the orders' definition) on thousands of generated rows.
import { describe, expect, it } from 'vitest';
import { buildClaim } from './case-builder';
import { buildClaimRows, SORT_KEYS, type ClaimRow, type ClaimSort } from './claim-rows';
import { ClaimOrder } from './claim-order';
import { seedCaseArticles } from '../testing/seed-articles.node';
import { sixStepScale } from '../rating-scales';

const articles = seedCaseArticles();
const [a0, a1, a2] = articles;
const scale = sixStepScale();
const rows = buildClaimRows({
  scale,
  articles,
  claims: [
    buildClaim(a0, 'meddle', 'He said he as absolutely did not meddle in our election', { claimant: 'Vladimir Putin', ratingId: 'false', status: 'drafted', updatedAt: '2026-01-05T00:00:00.000Z' }),
    buildClaim(a0, 'syria0', 'Syria', { claimant: 'Donald Trump', ratingId: 'true', updatedAt: '2026-01-02T00:00:00.000Z' }),
    buildClaim(a1, 'facebook', '126 million Americans through Facebook', { claimant: '', ratingId: 'half-true', status: 'researching' }),
    buildClaim(a2, 'syria2', 'Syria', { claimant: 'Donald Trump', status: 'published', updatedAt: '2026-01-09T00:00:00.000Z' }),
  ],
  evidenceCounts: new Map([['facebook', 2], ['meddle', 1]]),
  linkCounts: new Map([['syria0', 1], ['syria2', 1], ['meddle', 1], ['facebook', 1]]),
});
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('ClaimOrder', () => {
  const order = new ClaimOrder(rows);

  it('sorts by article order and position, and reverses on desc', () => {
    expect(ids(order.sorted({ key: 'article', dir: 'asc' }))).toEqual(['meddle', 'syria0', 'facebook', 'syria2']);
    expect(ids(order.sorted({ key: 'article', dir: 'desc' }))).toEqual(['syria2', 'facebook', 'syria0', 'meddle']);
  });

  it('sorts verdicts in scale order with unrated last, ties in reading order', () => {
    expect(ids(order.sorted({ key: 'verdict', dir: 'asc' }))).toEqual(['syria0', 'facebook', 'meddle', 'syria2']);
  });

  it('sorts by claimant, quote, status, counts and last change', () => {
    expect(ids(order.sorted({ key: 'claimant', dir: 'asc' }))).toEqual(['facebook', 'syria0', 'syria2', 'meddle']);
    expect(ids(order.sorted({ key: 'quote', dir: 'asc' }))).toEqual(['facebook', 'meddle', 'syria0', 'syria2']);
    expect(ids(order.sorted({ key: 'status', dir: 'desc' }))).toEqual(['syria2', 'meddle', 'facebook', 'syria0']);
    expect(ids(order.sorted({ key: 'evidence', dir: 'desc' }))).toEqual(['facebook', 'meddle', 'syria0', 'syria2']);
    expect(ids(order.sorted({ key: 'links', dir: 'asc' }))).toEqual(['meddle', 'syria0', 'facebook', 'syria2']);
    expect(ids(order.sorted({ key: 'updated', dir: 'desc' }))).toEqual(['syria2', 'meddle', 'syria0', 'facebook']);
  });

  it('gives each sort a new array and leaves the rows as they were', () => {
    const before = [...rows];
    const a = order.sorted({ key: 'quote', dir: 'desc' });
    expect(order.sorted({ key: 'quote', dir: 'desc' })).not.toBe(a);
    expect(rows).toEqual(before);
  });

  it('matches a comparator sort of the same keys on thousands of rows with many ties', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const words = ['Syria', 'syria', 'Ünited', 'election', '126', 'Đà Nẵng', 'a', 'ä', 'Z', ''];
    const many: ClaimRow[] = Array.from({ length: 3000 }, (_, i) => {
      const quote = Array.from({ length: 1 + next(3) }, () => words[next(words.length)]).join(' ');
      return {
        ...rows[0],
        id: `c${next(100_000)}-${i}`,
        quote,
        evidenceCount: next(3),
        linkCount: next(4),
        updatedAt: `2026-01-0${1 + next(9)}T00:00:00.000Z`,
        keys: { ...rows[0].keys, quote: quote.toLowerCase(), claimant: words[next(4)].toLowerCase(), status: next(4), verdict: next(7), articleOrder: next(20) === 0 ? Number.MAX_SAFE_INTEGER : next(30), position: next(50) },
      };
    });
    const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    const reading = (a: ClaimRow, b: ClaimRow) => a.keys.articleOrder - b.keys.articleOrder || a.keys.position - b.keys.position || cmp(a.id, b.id);
    const value = (r: ClaimRow, key: ClaimSort['key']) =>
      ({ article: 0, quote: r.keys.quote, claimant: r.keys.claimant, status: r.keys.status, verdict: r.keys.verdict, evidence: r.evidenceCount, links: r.linkCount, updated: r.updatedAt })[key];
    const expected = ({ key, dir }: ClaimSort) => {
      const sign = dir === 'asc' ? 1 : -1;
      return [...many].sort((a, b) => sign * cmp(value(a, key), value(b, key)) || (key === 'article' ? sign : 1) * reading(a, b));
    };
    const manyOrder = new ClaimOrder(many);
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) expect(ids(manyOrder.sorted({ key, dir })), `${key} ${dir}`).toEqual(ids(expected({ key, dir })));
    }
  });
});
