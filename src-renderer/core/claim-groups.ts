// Groups of claims that are "the same claim" across articles: the connected
// components of 'same' links (union-find), so A=B and B=C put A, B, C together
// even when nobody linked A to C directly.
import type { Claim, ClaimLink, Id } from './model';

export interface ClaimGroup {
  /** Claim ids of the group, in the order the claims were given. */
  claimIds: Id[];
  /** Ids of the distinct articles the group's claims sit in. */
  articleIds: Id[];
}

/** Every claim in exactly one group; a claim with no 'same' link is a group of one.
 *  Groups come in the order of their first claim. Links to unknown claims are ignored. */
export function claimGroups(claims: readonly Claim[], links: readonly ClaimLink[]): ClaimGroup[] {
  const parent = new Map<Id, Id>(claims.map((c) => [c.id, c.id]));
  const find = (id: Id): Id => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds short.
    let at = id;
    while (at !== root) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const link of links) {
    if (link.kind !== 'same' || !parent.has(link.fromClaimId) || !parent.has(link.toClaimId)) continue;
    const a = find(link.fromClaimId);
    const b = find(link.toClaimId);
    if (a !== b) parent.set(b, a);
  }
  const byRoot = new Map<Id, ClaimGroup>();
  for (const claim of claims) {
    const root = find(claim.id);
    let group = byRoot.get(root);
    if (!group) {
      group = { claimIds: [], articleIds: [] };
      byRoot.set(root, group);
    }
    group.claimIds.push(claim.id);
    if (!group.articleIds.includes(claim.articleId)) group.articleIds.push(claim.articleId);
  }
  return [...byRoot.values()];
}
