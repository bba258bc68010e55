import { describe, expect, it } from 'vitest';
import { claimGroups, groupContaining, type GroupableClaim, type GroupingLink } from './claim-groups';
import type { Verdict } from './model';

const verdict: Verdict = { ratingId: 'false', conclusion: 'No evidence', rationale: [], reviewer: 'ana', date: '2017-11-12' };

function claim(id: string, articleId: string, start: number, createdAt: string, withVerdict = false): GroupableClaim {
  return {
    id,
    articleId,
    createdAt,
    verdict: withVerdict ? verdict : null,
    anchor: {
      quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + 10 },
      state: 'anchored',
    },
  };
}
const link = (fromClaimId: string, toClaimId: string, kind: GroupingLink['kind'] = 'same'): GroupingLink => ({ fromClaimId, toClaimId, kind });

describe('claimGroups', () => {
  const claims = [
    claim('c-late', 'a2', 50, '2026-01-03'),
    claim('a-denial', 'a1', 300, '2026-01-02'),
    claim('b-denial', 'a2', 10, '2026-01-01'),
    claim('kremlin', 'a3', 5, '2026-01-04'),
    claim('figure', 'a1', 20, '2026-01-05'),
  ];

  it('joins claims through chains of same-claim links and orders members by article, then position', () => {
    const groups = claimGroups(claims, [link('a-denial', 'b-denial'), link('c-late', 'b-denial'), link('kremlin', 'a-denial', 'contradicts')], ['a1', 'a2', 'a3']);
    expect(groups.map((g) => g.memberIds)).toEqual([['figure'], ['a-denial', 'b-denial', 'c-late'], ['kremlin']]);
  });

  it('picks the earliest created member as canonical, or the one with a verdict', () => {
    const links = [link('a-denial', 'b-denial'), link('b-denial', 'c-late')];
    expect(claimGroups(claims, links, ['a1', 'a2', 'a3'])[1].canonicalId).toBe('b-denial');
    const rated = claims.map((c) => (c.id === 'c-late' ? claim('c-late', 'a2', 50, '2026-01-03', true) : c));
    expect(claimGroups(rated, links, ['a1', 'a2', 'a3'])[1].canonicalId).toBe('c-late');
  });

  it('ignores links to unknown claims and orders unlisted articles by first appearance', () => {
    const groups = claimGroups(claims, [link('a-denial', 'ghost')]);
    expect(groups.map((g) => g.memberIds[0])).toEqual(['b-denial', 'c-late', 'figure', 'a-denial', 'kremlin']);
  });

  it('handles a long chain and a cycle without repeating members', () => {
    const many = Array.from({ length: 200 }, (_, i) => claim(`c${i}`, 'a1', i * 10, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}`));
    const chain = many.slice(1).map((c, i) => link(`c${i}`, c.id));
    const groups = claimGroups(many, [...chain, link('c199', 'c0')]);
    expect(groups).toHaveLength(1);
    expect(groups[0].memberIds).toHaveLength(200);
    expect(groups[0].memberIds[0]).toBe('c0');
  });

  it('finds one claim’s group, the same as grouping the whole case would', () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const links = [link('a-denial', 'b-denial'), link('c-late', 'b-denial'), link('kremlin', 'a-denial', 'contradicts'), link('figure', 'ghost')];
    const whole = claimGroups(claims, links, ['a1', 'a2', 'a3']);
    for (const c of claims) {
      expect(groupContaining(c.id, byId, links, ['a1', 'a2', 'a3'])).toEqual(whole.find((g) => g.memberIds.includes(c.id)));
    }
    expect(groupContaining('ghost', byId, links)).toBeUndefined();
  });
});
