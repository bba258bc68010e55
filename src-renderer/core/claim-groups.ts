// Claim groups: the connected components of 'same' links, so one claim made in
// several articles is seen as one thing. Every claim belongs to exactly one
// group (a singleton when unlinked); other link kinds do not join groups.
import type { Claim, ClaimLink } from './model';

export interface ClaimGroup {
  /** Stable while membership is unchanged: the smallest member id. */
  id: string;
  /** Members in article order, then by position in the article. */
  claimIds: string[];
  /** The member that speaks for the group: one with a verdict, else the earliest created. */
  canonicalId: string;
}

export function hasVerdict(c: Claim): boolean {
  return c.verdict !== null && (c.verdict.ratingId !== null || c.verdict.conclusion.trim() !== '');
}

/** Union-find over 'same' links. `articleOrder` (article id → order) makes
 *  members follow the case's article order; without it, article ids order them. */
export function claimGroups(claims: Claim[], links: ClaimLink[], articleOrder?: ReadonlyMap<string, number>): ClaimGroup[] {
  const parent = new Map<string, string>();
  for (const c of claims) parent.set(c.id, c.id);
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds flat.
    for (let at = id; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const l of links) {
    // A link to a claim that is not in the list (deleted, other case) joins nothing.
    if (l.kind !== 'same' || !parent.has(l.fromClaimId) || !parent.has(l.toClaimId)) continue;
    const a = find(l.fromClaimId);
    const b = find(l.toClaimId);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }

  const members = new Map<string, Claim[]>();
  for (const c of claims) {
    const root = find(c.id);
    const list = members.get(root);
    if (list) list.push(c);
    else members.set(root, [c]);
  }

  const byReading = (a: Claim, b: Claim): number => compareReading(a, b, articleOrder);
  const groups = [...members.values()].map((list) => {
    list.sort(byReading);
    const rated = list.filter(hasVerdict);
    const pool = rated.length ? rated : list;
    const canonical = pool.reduce((best, c) => (c.createdAt < best.createdAt || (c.createdAt === best.createdAt && c.id < best.id) ? c : best));
    const id = list.reduce((min, c) => (c.id < min ? c.id : min), list[0].id);
    return { id, first: list[0], group: { id, claimIds: list.map((c) => c.id), canonicalId: canonical.id } };
  });
  groups.sort((a, b) => byReading(a.first, b.first));
  return groups.map((g) => g.group);
}

function compareReading(a: Claim, b: Claim, articleOrder: ReadonlyMap<string, number> | undefined): number {
  if (a.articleId !== b.articleId) {
    const oa = articleOrder?.get(a.articleId);
    const ob = articleOrder?.get(b.articleId);
    if (oa !== undefined && ob !== undefined && oa !== ob) return oa - ob;
    return a.articleId < b.articleId ? -1 : 1;
  }
  return a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
