// Which of the engine's suggestions a claim's panel shows: not the dismissed
// ones, not passages already linked to the claim; and for the rest, an
// existing claim over the same passage, so linking reuses it.
import type { CaseClaims } from '../../core/case-claims';
import type { Claim, ClaimLink, DismissedSuggestion } from '../../core/model';
import type { Suggestion } from '../../core/similarity/similarity-index';

export interface ShownSuggestion extends Suggestion {
  /** A claim of that article covering most of the passage, linked to instead of marking anew. */
  existing?: Claim;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The claim over a span of one article's text: it covers at least half of the
 * span and half of itself lies inside it. Also tells the Quotes panel which
 * found statements are already marked.
 */
export function claimOverSpan(claims: readonly Claim[], span: { start: number; end: number }): Claim | undefined {
  return claims.find((c) => {
    if (c.anchor.state !== 'anchored') return false;
    const shared = overlap(c.anchor.position, span);
    return shared * 2 >= span.end - span.start && shared * 2 >= c.anchor.position.end - c.anchor.position.start;
  });
}

export function visibleSuggestions(
  suggestions: readonly Suggestion[],
  claim: Claim,
  claims: Pick<CaseClaims, 'get' | 'ofArticle'>,
  links: readonly ClaimLink[],
  dismissed: readonly DismissedSuggestion[],
): ShownSuggestion[] {
  const linked = new Set(links.flatMap((l) => (l.fromClaimId === claim.id ? [l.toClaimId] : l.toClaimId === claim.id ? [l.fromClaimId] : [])));
  const isDismissed = (s: Suggestion) =>
    dismissed.some((d) => d.claimId === claim.id && d.articleId === s.articleId && d.start === s.start && d.end === s.end);
  const shown: ShownSuggestion[] = [];
  for (const s of suggestions) {
    if (isDismissed(s)) continue;
    const linkedClaim = [...linked].map((id) => claims.get(id)).find((c) => c && c.articleId === s.articleId && overlap(c.anchor.position, s) > 0);
    if (linkedClaim) continue;
    shown.push({ ...s, existing: claimOverSpan(claims.ofArticle(s.articleId), s) });
  }
  return shown;
}
