// Claim groups: claims joined, directly or through others, by "same claim"
// links form one group (union-find). The canonical claim is the earliest
// marked one, so a group keeps its identity as members are added.
import type { Claim, ClaimLink } from './model';

export interface ClaimGroup {
  id: string;
  claimIds: string[];
  canonicalId: string;
}

export function claimGroups(claims: Claim[], links: ClaimLink[]): { id: string; claimIds: string[]; canonicalId: string }[] {
  const parent = new Map<string, string>(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (parent.get(id) !== root) {
      const next = parent.get(id)!;
      parent.set(id, root);
      id = next;
    }
    return root;
  };
  for (const l of links) {
    if (l.kind !== 'same' || !parent.has(l.fromClaimId) || !parent.has(l.toClaimId)) continue;
    const a = find(l.fromClaimId);
    const b = find(l.toClaimId);
    if (a !== b) parent.set(b, a);
  }
  const members = new Map<string, Claim[]>();
  for (const c of claims) {
    const root = find(c.id);
    members.set(root, [...(members.get(root) ?? []), c]);
  }
  return [...members.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return { id: `group-${sorted[0].id}`, claimIds: sorted.map((c) => c.id), canonicalId: sorted[0].id };
  });
}

/** The group a claim belongs to (a group of one when it has no "same" links). */
export function groupOf(groups: readonly ClaimGroup[], claimId: string): ClaimGroup | undefined {
  return groups.find((g) => g.claimIds.includes(claimId));
}
