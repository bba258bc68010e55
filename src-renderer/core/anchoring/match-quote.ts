// Searches a text for a claim's quote: exact occurrences first, then fuzzy ones
// (approx-string-match, as Hypothesis does), each scored on the quote and its
// context. Unlike Hypothesis it keeps a minimum score and reports two places
// that score alike as ambiguous, so a weak or doubtful match is never taken.
import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model';
import { similarity } from './string-similarity';

/** A fuzzy match must keep this share of the quote's characters. */
export const MIN_QUOTE_SIMILARITY = 0.8;
/** Context (prefix and suffix) at least this similar confirms a match. */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/** A quote this long that matches (almost) exactly needs no context to confirm it. */
export const DISTINCTIVE_QUOTE_LENGTH = 24;
/** Shorter quotes are matched exactly only: a few errors would change their meaning. */
export const MIN_FUZZY_QUOTE_LENGTH = 16;
/** Two candidates closer than this in score cannot be told apart by quote and context. */
export const AMBIGUITY_MARGIN = 0.05;
/** A candidate this close to the expected position counts as "where it was". */
const NEAR_HINT = 64;
/** How far around the expected position the first fuzzy pass looks. */
const HINT_WINDOW = 2000;

export interface Span {
  start: number;
  end: number;
}

export interface QuoteCandidate extends Span {
  quoteSimilarity: number;
  contextSimilarity: number;
  /** 0.6 × quote + 0.4 × context similarity. */
  score: number;
}

export interface FindQuoteOptions {
  /** Where the quote is expected to start (its old position, mapped through the edit). */
  hint?: number;
  /** The only stretches where the quote can be; the whole text when absent. */
  windows?: Span[];
  /** Whether the hint is a precise position (false: only roughly where to look first). */
  trustHint?: boolean;
  /** Shared across the claims of one edit, so a wholesale rewrite cannot stall the app. */
  budget?: SearchBudget;
  /** True for a span known to be other, pre-existing text (never a valid new place). */
  isForeign?: (start: number, end: number) => boolean;
}

export type QuoteSearch =
  | { kind: 'found'; exact: boolean; match: QuoteCandidate }
  | { kind: 'ambiguous'; candidates: QuoteCandidate[] }
  | { kind: 'weak'; best: QuoteCandidate }
  | { kind: 'none'; elsewhere: number }
  /** The search budget ran out before every place was searched. */
  | { kind: 'unsearched' };

/** How alike the text around a span is to the quote's stored prefix and suffix (0–1). */
export function contextSimilarity(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (similarity(quote.prefix, before) + similarity(quote.suffix, after)) / 2;
}

function candidate(text: string, quote: TextQuoteSelector, start: number, end: number, errors: number): QuoteCandidate {
  const quoteSimilarity = 1 - errors / Math.max(1, quote.exact.length);
  const context = contextSimilarity(text, quote, start, end);
  return { start, end, quoteSimilarity, contextSimilarity: context, score: 0.6 * quoteSimilarity + 0.4 * context };
}

const near = (c: Span, hint: number | undefined) => hint !== undefined && Math.abs(c.start - hint) <= NEAR_HINT;

/** Quote and context agree; or a (nearly) exact quote is distinctive, or sits where the edit put it. */
function confirmed(c: QuoteCandidate, quoteLength: number, hint: number | undefined): boolean {
  if (c.quoteSimilarity < MIN_QUOTE_SIMILARITY) return false;
  if (c.contextSimilarity >= MIN_CONTEXT_SIMILARITY) return true;
  return c.quoteSimilarity >= 0.95 && (quoteLength >= DISTINCTIVE_QUOTE_LENGTH || near(c, hint));
}

function exactCandidates(text: string, quote: TextQuoteSelector): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    spans.push({ start: at, end: at + quote.exact.length });
  }
  return spans;
}

/** Work left for fuzzy search, in characters searched × 32-character pattern blocks. */
export interface SearchBudget {
  remaining: number;
}

function fuzzyCandidates(
  text: string,
  quote: TextQuoteSelector,
  windows: Span[],
  budget?: SearchBudget,
): { candidates: QuoteCandidate[]; cut: boolean } {
  const maxErrors = Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY));
  const blocks = Math.ceil(quote.exact.length / 32);
  let cut = false;
  const searched: Span[] = [];
  for (const w of windows) {
    const cost = (w.end - w.start) * blocks;
    if (budget) {
      if (cost > budget.remaining) {
        cut = true;
        break;
      }
      budget.remaining -= cost;
    }
    searched.push(w);
  }
  // One search over all windows, joined by separators no match can cross:
  // crossing one would cost more errors than allowed.
  const separator = '\u0000'.repeat(maxErrors + 1);
  const joinedStarts: number[] = [];
  let length = 0;
  for (const w of searched) {
    joinedStarts.push(length);
    length += w.end - w.start + separator.length;
  }
  const joined = searched.map((w) => text.slice(w.start, w.end)).join(separator);
  const found: QuoteCandidate[] = [];
  let k = 0;
  for (const m of approxSearch(joined, quote.exact, maxErrors).sort((x, y) => x.start - y.start)) {
    while (k + 1 < joinedStarts.length && joinedStarts[k + 1] <= m.start) k++;
    const w = searched[k];
    const offset = w.start - joinedStarts[k];
    // A match may run into a separator, each character of it an error: cut it at the window.
    const start = Math.max(w.start, m.start + offset);
    const end = Math.min(w.end, m.end + offset);
    if (end > start) found.push(candidate(text, quote, start, end, m.errors));
  }
  return { candidates: bestPerPlace(found), cut };
}

/** approx-string-match reports many overlapping spans per place: keep each place's best. */
function bestPerPlace(cands: QuoteCandidate[]): QuoteCandidate[] {
  cands.sort((a, b) => a.start - b.start || a.end - b.end);
  const places: QuoteCandidate[] = [];
  let placeEnd = -1;
  for (const c of cands) {
    const last = places[places.length - 1];
    if (last && c.start < placeEnd) {
      if (c.score > last.score) places[places.length - 1] = c;
      placeEnd = Math.max(placeEnd, c.end);
    } else {
      places.push(c);
      placeEnd = c.end;
    }
  }
  return places;
}

function clampWindows(windows: Span[], length: number, margin: number): Span[] {
  const grown = windows
    .map((w) => ({ start: Math.max(0, w.start - margin), end: Math.min(length, w.end + margin) }))
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const w of grown) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}


/** Picks the one candidate quote, context and position agree on, or says why not. */
function decide(cands: QuoteCandidate[], quoteLength: number, hint: number | undefined, exact: boolean): QuoteSearch | null {
  const plausible = cands.filter((c) => c.quoteSimilarity >= MIN_QUOTE_SIMILARITY).sort((a, b) => b.score - a.score);
  if (plausible.length === 0) return null;
  const best = plausible[0];
  const rivals = plausible.filter((c) => c !== best && c.score >= best.score - AMBIGUITY_MARGIN);
  if (rivals.length === 0) return confirmed(best, quoteLength, hint) ? { kind: 'found', exact, match: best } : { kind: 'weak', best };
  const nearOnes = [best, ...rivals].filter((c) => near(c, hint));
  if (nearOnes.length === 1 && confirmed(nearOnes[0], quoteLength, hint)) return { kind: 'found', exact, match: nearOnes[0] };
  return { kind: 'ambiguous', candidates: [best, ...rivals].sort((a, b) => a.start - b.start) };
}

export function findQuote(text: string, quote: TextQuoteSelector, options: FindQuoteOptions = {}): QuoteSearch {
  const { isForeign } = options;
  const hint = options.trustHint === false ? undefined : options.hint;
  const length = quote.exact.length;
  if (length === 0) return { kind: 'none', elsewhere: 0 };
  let elsewhere = 0;
  const own = (c: Span) => {
    if (isForeign?.(c.start, c.end)) {
      elsewhere++;
      return false;
    }
    return true;
  };

  const exact = exactCandidates(text, quote)
    .filter(own)
    .map((s) => candidate(text, quote, s.start, s.end, 0));
  const byExact = decide(exact, length, hint, true);
  if (byExact) return byExact;
  if (length < MIN_FUZZY_QUOTE_LENGTH) return { kind: 'none', elsewhere };

  const margin = length + quote.prefix.length + quote.suffix.length;
  if (!options.windows && hint !== undefined) {
    const local = fuzzyCandidates(text, quote, clampWindows([{ start: hint, end: hint + length }], text.length, HINT_WINDOW), options.budget);
    const byLocal = decide(local.candidates.filter(own), length, hint, false);
    // A confirmed match where the quote was expected needs no search of the rest:
    // any rival elsewhere would lose to it on position anyway.
    if (byLocal?.kind === 'found' && near(byLocal.match, hint)) return byLocal;
    if (local.cut) return { kind: 'unsearched' };
    elsewhere = 0;
  }
  // Nearest places first, so a tight budget still covers where the quote most likely is.
  const from = options.hint ?? 0;
  const windows = clampWindows(options.windows ?? [{ start: 0, end: text.length }], text.length, margin).sort(
    (a, b) => distance(a, from) - distance(b, from),
  );
  const fuzzy = fuzzyCandidates(text, quote, windows, options.budget);
  const result = decide(fuzzy.candidates.filter(own), length, hint, false);
  if (fuzzy.cut) {
    // Unsearched places could hold a rival: only a match where the quote was expected stands.
    return result?.kind === 'found' && near(result.match, hint) ? result : { kind: 'unsearched' };
  }
  return result ?? { kind: 'none', elsewhere };
}

const distance = (w: Span, at: number) => (at < w.start ? w.start - at : at > w.end ? at - w.end : 0);
