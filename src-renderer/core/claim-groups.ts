// Claim groups: the claims that "same claim" links join, directly or through
// others (connected components, by union-find). One group is one row of the
// case matrix; its canonical member speaks for the group in exports.
import type { Claim, ClaimLink, Id } from './model';

export type GroupableClaim = Pick<Claim, 'id' | 'articleId' | 'anchor' | 'createdAt' | 'verdict'>;
export type GroupingLink = Pick<ClaimLink, 'fromClaimId' | 'toClaimId' | 'kind'>;

export interface ClaimGroup {
  /** Member claim ids, ordered by article, then by position in the article. */
  memberIds: Id[];
  /** The member with a verdict (the earliest created if several), else the earliest created. */
  canonicalId: Id;
}

class UnionFind {
  private readonly parent = new Map<Id, Id>();

  add(id: Id): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  find(id: Id): Id {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    // Path compression keeps later finds short.
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: Id, b: Id): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Groups claims by their 'same' links; a claim with none forms a group of one.
 * Articles are ordered by `articleOrder` (ids in case order); articles it does
 * not list follow in order of first appearance among the claims. Links to
 * claims not given are ignored. Groups come in the order of their first member.
 */
export function claimGroups(
  claims: readonly GroupableClaim[],
  links: readonly GroupingLink[],
  articleOrder: readonly Id[] = [],
): ClaimGroup[] {
  const rank = new Map<Id, number>(articleOrder.map((id, i) => [id, i]));
  for (const c of claims) if (!rank.has(c.articleId)) rank.set(c.articleId, rank.size + articleOrder.length);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const sets = new UnionFind();
  for (const c of claims) sets.add(c.id);
  for (const l of links) {
    if (l.kind === 'same' && byId.has(l.fromClaimId) && byId.has(l.toClaimId)) sets.union(l.fromClaimId, l.toClaimId);
  }

  const readingOrder = (a: GroupableClaim, b: GroupableClaim) =>
    (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0) ||
    a.anchor.position.start - b.anchor.position.start ||
    a.anchor.position.end - b.anchor.position.end ||
    a.id.localeCompare(b.id);
  const members = new Map<Id, GroupableClaim[]>();
  for (const c of [...claims].sort(readingOrder)) {
    const root = sets.find(c.id);
    const list = members.get(root);
    if (list) list.push(c);
    else members.set(root, [c]);
  }

  const canonicalOrder = (a: GroupableClaim, b: GroupableClaim) =>
    Number(b.verdict !== null) - Number(a.verdict !== null) || a.createdAt.localeCompare(b.createdAt) || readingOrder(a, b);
  return [...members.values()].map((list) => ({
    memberIds: list.map((c) => c.id),
    canonicalId: [...list].sort(canonicalOrder)[0].id,
  }));
}

/**
 * The group of one claim (a group of one when it has no "same" links). Walks
 * only that claim's links, so the inspector need not group the whole case.
 */
export function groupContaining(
  claimId: Id,
  claimById: ReadonlyMap<Id, GroupableClaim>,
  links: readonly GroupingLink[],
  articleOrder: readonly Id[] = [],
): ClaimGroup | undefined {
  if (!claimById.has(claimId)) return undefined;
  const neighbours = new Map<Id, Id[]>();
  const join = (a: Id, b: Id) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const l of links) {
    if (l.kind !== 'same' || !claimById.has(l.fromClaimId) || !claimById.has(l.toClaimId)) continue;
    join(l.fromClaimId, l.toClaimId);
    join(l.toClaimId, l.fromClaimId);
  }
  const seen = new Set<Id>([claimId]);
  for (const id of seen) for (const next of neighbours.get(id) ?? []) seen.add(next);
  const members = [...seen].map((id) => claimById.get(id)!);
  return claimGroups(members, links, articleOrder)[0];
}
