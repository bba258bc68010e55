import { describe, expect, it } from 'vitest';
import type { Claim, ClaimLink, LinkKind } from './model';
import { claimGroups, groupOf } from './claim-groups';

const claim = (id: string, createdAt: string) => ({ id, createdAt }) as Claim;
const link = (from: string, to: string, kind: LinkKind = 'same'): ClaimLink => ({ id: `${from}-${to}`, caseId: 'c', fromClaimId: from, toClaimId: to, kind, createdAt: '' });

describe('claimGroups', () => {
  const claims = [claim('a', '2026-01-03'), claim('b', '2026-01-01'), claim('c', '2026-01-02'), claim('d', '2026-01-04')];

  it('joins claims transitively over "same" links, whichever direction they point', () => {
    const groups = claimGroups(claims, [link('a', 'b'), link('c', 'a'), link('d', 'a', 'contradicts')]);
    expect(groups).toHaveLength(2);
    const abc = groupOf(groups, 'c')!;
    expect(abc.claimIds).toEqual(['b', 'c', 'a']);
    expect(abc.canonicalId).toBe('b');
    expect(groupOf(groups, 'd')!.claimIds).toEqual(['d']);
  });

  it('ignores links to claims that are gone and gives every claim a group', () => {
    const groups = claimGroups(claims, [link('a', 'zz')]);
    expect(groups.map((g) => g.claimIds.length)).toEqual([1, 1, 1, 1]);
  });
});
