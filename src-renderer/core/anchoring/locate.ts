// Finds where a claim's quote now lies in an article's (possibly edited) text.
// Order: the stored position if the quote is still there, then the exact quote
// (disambiguated by context), then a scored fuzzy match of quote + context.
// Anything weak or ambiguous is reported so the caller flags it, never moved.
import type { ClaimAnchor } from '../model';

export type LocateStatus = 'unchanged' | 'exact' | 'fuzzy' | 'ambiguous' | 'missing';

export interface LocateResult {
  status: LocateStatus;
  /** The span found; absent for 'ambiguous' and 'missing'. */
  start?: number;
  end?: number;
  /** 0–1 confidence of the match. */
  score: number;
  /** Human-readable reason, for 'ambiguous' and 'missing'. */
  reason?: string;
}

export function locateAnchor(_text: string, _anchor: Pick<ClaimAnchor, 'quote' | 'position'>): LocateResult {
  throw new Error('locateAnchor: not implemented yet');
}
