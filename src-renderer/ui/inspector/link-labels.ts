// How a claim link reads from each of its two claims: "same claim" and
// "contradicts" read alike from both sides; "supports" and "elaborates" are
// directional and read "supported by" / "elaborated by" from the other end.
import type { ClaimLink, LinkKind } from '../../core/model';

const FORWARD: Record<LinkKind, string> = {
  same: 'Same claim as',
  contradicts: 'Contradicts',
  supports: 'Supports',
  elaborates: 'Elaborates',
};
const INVERSE: Record<LinkKind, string> = {
  same: 'Same claim as',
  contradicts: 'Contradicts',
  supports: 'Supported by',
  elaborates: 'Elaborated by',
};

/** Kinds that read the same from both claims. */
export function isSymmetric(kind: LinkKind): boolean {
  return FORWARD[kind] === INVERSE[kind];
}

/** The other claim of a link, and the label the link has as seen from `claimId`. */
export function linkFromSide(link: ClaimLink, claimId: string): { otherId: string; label: string } {
  const outgoing = link.fromClaimId === claimId;
  return { otherId: outgoing ? link.toClaimId : link.fromClaimId, label: (outgoing ? FORWARD : INVERSE)[link.kind] };
}

/** The label offered when creating a link of this kind from the current claim. */
export function linkKindLabel(kind: LinkKind): string {
  return FORWARD[kind];
}
