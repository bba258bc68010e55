import { describe, expect, it } from 'vitest';
import { claimGroups } from './claim-groups';
import type { Claim, ClaimLink, LinkKind } from './model';

const claim = (id: string, articleId: string) => ({ id, articleId }) as Claim;
const link = (fromClaimId: string, toClaimId: string, kind: LinkKind = 'same') => ({ fromClaimId, toClaimId, kind }) as ClaimLink;

describe('claimGroups', () => {
  it('joins claims connected through a chain of same links, in the order of the claims', () => {
    const claims = [claim('a', 'x'), claim('b', 'y'), claim('c', 'z'), claim('d', 'x'), claim('e', 'y')];
    const groups = claimGroups(claims, [link('a', 'b'), link('c', 'b'), link('d', 'e', 'contradicts'), link('e', 'ghost')]);
    expect(groups).toEqual([
      { claimIds: ['a', 'b', 'c'], articleIds: ['x', 'y', 'z'] },
      { claimIds: ['d'], articleIds: ['x'] },
      { claimIds: ['e'], articleIds: ['y'] },
    ]);
  });
});
