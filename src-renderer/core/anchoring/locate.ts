// Finds where a claim's quote now lies in an article's (possibly edited) text.
// Order: the stored position if the quote is still there, then the exact quote
// (disambiguated by context), then a scored fuzzy match of quote + context.
// Anything weak or ambiguous is reported so the caller flags it, never moved.
import type { ClaimAnchor, TextQuoteSelector } from '../model';
import { findQuote, type FindQuoteOptions } from './match-quote';
import { anchorMessages } from './messages';

/**
 * - unchanged: the quote is still at its stored position;
 * - shifted: the same quote, moved by the edit around it (offsets mapped through a diff);
 * - edited: the quote's own text was lightly edited in place (e.g. a typo fixed);
 * - exact / fuzzy: found by searching for the quote;
 * - weak: only a poor match exists; ambiguous: several places fit alike; missing: gone.
 * The last three leave the claim where it was and ask for review.
 */
export type LocateStatus = 'unchanged' | 'shifted' | 'edited' | 'exact' | 'fuzzy' | 'weak' | 'ambiguous' | 'missing';

export const NEEDS_REVIEW: readonly LocateStatus[] = ['weak', 'ambiguous', 'missing'];

export interface LocateResult {
  status: LocateStatus;
  /** The span found; absent for 'weak', 'ambiguous' and 'missing'. */
  start?: number;
  end?: number;
  /** 0–1 confidence of the match. */
  score: number;
  /** Human-readable reason, for 'weak', 'ambiguous' and 'missing'. */
  reason?: string;
  /** Where an ambiguous quote fits (start offsets). */
  candidates?: number[];
}

export function locateAnchor(
  text: string,
  anchor: Pick<ClaimAnchor, 'quote' | 'position'>,
  options: FindQuoteOptions = {},
): LocateResult {
  const { quote, position } = anchor;
  if (quote.exact.length === 0) return { status: 'missing', score: 0, reason: anchorMessages.empty };
  if (text.slice(position.start, position.end) === quote.exact) {
    return { status: 'unchanged', start: position.start, end: position.end, score: 1 };
  }
  return locateByQuote(text, quote, { hint: position.start, ...options });
}

/** Searches for the quote alone (no stored position to trust). */
export function locateByQuote(text: string, quote: TextQuoteSelector, options: FindQuoteOptions = {}): LocateResult {
  const found = findQuote(text, quote, options);
  switch (found.kind) {
    case 'found':
      return {
        status: found.exact ? 'exact' : 'fuzzy',
        start: found.match.start,
        end: found.match.end,
        score: found.match.score,
      };
    case 'ambiguous': {
      const starts = found.candidates.map((c) => c.start);
      return {
        status: 'ambiguous',
        score: Math.max(...found.candidates.map((c) => c.score)),
        reason: anchorMessages.ambiguous(starts),
        candidates: starts,
      };
    }
    case 'weak':
      return { status: 'weak', score: found.best.score, reason: anchorMessages.weak(Math.round(found.best.score * 100)) };
    case 'unsearched':
      return { status: 'missing', score: 0, reason: anchorMessages.unsearched };
    case 'none':
      return {
        status: 'missing',
        score: 0,
        reason: found.elsewhere > 0 ? anchorMessages.missingButElsewhere(found.elsewhere) : anchorMessages.missing,
      };
  }
}
