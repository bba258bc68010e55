// Rules for links between claims: 'same' and 'contradicts' are symmetric (one
// stored row, shown alike on both claims); 'supports' and 'elaborates' point
// one way and read "supported by" / "elaborated by" from the other end. Also
// which new links are refused, with the reason to show.
import type { ClaimLink, Id, LinkKind } from './model';

export const linkMessages = {
  labels: {
    same: { outgoing: 'Same claim as', incoming: 'Same claim as' },
    contradicts: { outgoing: 'Contradicts', incoming: 'Contradicts' },
    supports: { outgoing: 'Supports', incoming: 'Supported by' },
    elaborates: { outgoing: 'Elaborates', incoming: 'Elaborated by' },
  } satisfies Record<LinkKind, { outgoing: string; incoming: string }>,
  self: 'A claim cannot be linked to itself.',
  duplicate: 'These claims are already linked this way.',
  conflict: 'These claims are already marked as the same claim and as contradicting; remove one link first.',
} as const;

export type LinkEnds = Pick<ClaimLink, 'fromClaimId' | 'toClaimId' | 'kind'>;

export function isSymmetric(kind: LinkKind): boolean {
  return kind === 'same' || kind === 'contradicts';
}

/** Whether two links join the same claims in the same way (either order for symmetric kinds). */
export function sameLink(a: LinkEnds, b: LinkEnds): boolean {
  if (a.kind !== b.kind) return false;
  if (a.fromClaimId === b.fromClaimId && a.toClaimId === b.toClaimId) return true;
  return isSymmetric(a.kind) && a.fromClaimId === b.toClaimId && a.toClaimId === b.fromClaimId;
}

const joins = (l: LinkEnds, x: Id, y: Id) => (l.fromClaimId === x && l.toClaimId === y) || (l.fromClaimId === y && l.toClaimId === x);

export type LinkCheck = { ok: true } | { ok: false; problem: 'self' | 'duplicate' | 'conflict'; message: string };

/** Whether a new link may be added next to the existing ones. */
export function checkNewLink(existing: readonly LinkEnds[], link: LinkEnds): LinkCheck {
  if (link.fromClaimId === link.toClaimId) return { ok: false, problem: 'self', message: linkMessages.self };
  if (existing.some((l) => sameLink(l, link))) return { ok: false, problem: 'duplicate', message: linkMessages.duplicate };
  const opposite = link.kind === 'same' ? 'contradicts' : link.kind === 'contradicts' ? 'same' : null;
  if (opposite && existing.some((l) => l.kind === opposite && joins(l, link.fromClaimId, link.toClaimId))) {
    return { ok: false, problem: 'conflict', message: linkMessages.conflict };
  }
  return { ok: true };
}

export interface LinkView {
  linkId: Id;
  kind: LinkKind;
  /** The claim at the other end. */
  otherClaimId: Id;
  /** 'outgoing' when this claim is the link's source; symmetric links are always 'outgoing'. */
  direction: 'outgoing' | 'incoming';
  label: string;
}

/** The links shown on one claim: every link touching it, labelled from its side. */
export function linksOfClaim(claimId: Id, links: readonly ClaimLink[]): LinkView[] {
  const views: LinkView[] = [];
  for (const l of links) {
    if (l.fromClaimId !== claimId && l.toClaimId !== claimId) continue;
    if (l.fromClaimId === l.toClaimId) continue;
    const outgoing = l.fromClaimId === claimId || isSymmetric(l.kind);
    const direction = outgoing ? 'outgoing' : 'incoming';
    views.push({
      linkId: l.id,
      kind: l.kind,
      otherClaimId: l.fromClaimId === claimId ? l.toClaimId : l.fromClaimId,
      direction,
      label: linkMessages.labels[l.kind][direction],
    });
  }
  return views;
}
