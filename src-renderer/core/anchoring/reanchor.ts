// Re-anchors every claim of an article after its text was edited. Offsets are
// mapped through a diff of the two texts first, so most claims move by
// arithmetic; only claims whose quote was touched are searched for, and only
// in the changed stretches: unchanged text elsewhere was never the claim's.
import type { ClaimAnchor, Id } from '../model';
import { describeAnchor } from './describe';
import { locateAnchor, locateByQuote, NEEDS_REVIEW, type LocateResult, type LocateStatus } from './locate';
import { contextSimilarity, MIN_CONTEXT_SIMILARITY, type SearchBudget, type Span } from './match-quote';
import { similarity } from './string-similarity';
import { TextDiff } from './text-diff';

/** A quote edited in place keeps its claim if it stays this similar (a typo fix, a quote mark). */
export const MIN_EDITED_SIMILARITY = 0.8;

export interface AnchoredClaim {
  id: Id;
  anchor: ClaimAnchor;
}

export interface ReanchoredClaim extends AnchoredClaim {
  status: LocateStatus;
}

/**
 * Fuzzy-search work one re-anchoring may do (characters × pattern blocks),
 * about 150 ms here: enough for any ordinary edit; a wholesale rewrite flags
 * the claims it could not search instead of stalling the app.
 */
export const FUZZY_SEARCH_BUDGET = 15_000_000;

export function reanchorClaims(oldText: string, newText: string, claims: readonly AnchoredClaim[]): ReanchoredClaim[] {
  const diff = new TextDiff(oldText, newText);
  const changed = diff.changedNewRegions();
  const budget = { remaining: FUZZY_SEARCH_BUDGET };
  const places = new Map<number, Span[]>();
  const placesFor = (quoteLength: number) => {
    // Quote lengths rounded up to a power of two: a few clusterings serve every claim.
    const bucket = 2 ** Math.ceil(Math.log2(Math.max(2, quoteLength)));
    let found = places.get(bucket);
    if (!found) places.set(bucket, (found = placesForNewText(changed, bucket)));
    return found;
  };
  return claims.map(({ id, anchor }) => {
    const result = reanchorOne(oldText, newText, anchor, diff, placesFor, budget);
    return { id, anchor: applyResult(newText, anchor, result), status: result.status };
  });
}

function reanchorOne(
  oldText: string,
  newText: string,
  anchor: ClaimAnchor,
  diff: TextDiff,
  placesFor: (quoteLength: number) => Span[],
  budget: SearchBudget,
): LocateResult {
  const { quote } = anchor;
  if (quote.exact.length === 0) return locateAnchor(newText, anchor);
  let old: Span | null = null;
  if (oldText.slice(anchor.position.start, anchor.position.end) === quote.exact) old = anchor.position;
  else {
    // A stale position: find the claim in the old text first, so the diff can still carry it.
    const before = locateAnchor(oldText, anchor);
    if (before.start !== undefined && before.end !== undefined) old = { start: before.start, end: before.end };
  }
  if (old === null) return locateAnchor(newText, anchor);

  const start = diff.mapStart(old.start);
  const end = diff.mapEnd(old.end);
  // The diff's word for it needs the surroundings to agree too: when every
  // paragraph changed, it can pair a paragraph with another sharing a sentence.
  if (start !== null && end !== null && end > start && contextSimilarity(newText, quote, start, end) >= MIN_CONTEXT_SIMILARITY) {
    const now = newText.slice(start, end);
    if (now === quote.exact) {
      const moved = start !== anchor.position.start || end !== anchor.position.end;
      return { status: moved ? 'shifted' : 'unchanged', start, end, score: 1 };
    }
    const kept = similarity(now, quote.exact);
    if (kept >= MIN_EDITED_SIMILARITY) return { status: 'edited', start, end, score: kept };
  }

  const claimOld = old;
  const hint = diff.approximate(claimOld.start);
  return locateByQuote(newText, quote, {
    hint,
    trustHint: start !== null,
    budget,
    windows: [...placesFor(quote.exact.length), { start: hint, end: hint + quote.exact.length }],
    isForeign: (s, e) => diff.foreignShare(s, e, claimOld) >= 0.5,
  });
}

/** Below this share of changed text, a candidate away from the claim is mostly foreign. */
const MIN_NEW_SHARE = 0.3;

/**
 * The changed stretches that could hold a moved or re-typed quote: a candidate
 * away from the claim's old place must be mostly new text, so clusters of
 * changes smaller than that (typo fixes elsewhere) need no search at all.
 * `span` is at least the quote's length and at most twice it: the clusters
 * are a superset of those the exact length would give.
 */
function placesForNewText(changed: Span[], span: number): Span[] {
  const places: Span[] = [];
  let cluster: Span | null = null;
  let changedChars = 0;
  const close = () => {
    if (cluster && changedChars >= MIN_NEW_SHARE * (span / 2)) places.push(cluster);
  };
  for (const r of changed) {
    if (cluster && r.start - cluster.end <= span) {
      cluster.end = r.end;
      changedChars += r.end - r.start;
    } else {
      close();
      cluster = { ...r };
      changedChars = r.end - r.start;
    }
  }
  close();
  return places;
}

function applyResult(newText: string, anchor: ClaimAnchor, result: LocateResult): ClaimAnchor {
  if (!NEEDS_REVIEW.includes(result.status) && result.start !== undefined && result.end !== undefined) {
    return describeAnchor(newText, { start: result.start, end: result.end });
  }
  // Flagged: keep the old quote so the reviewer sees what was marked; keep the
  // position inside the new text so nothing reading it runs past the end.
  const clamp = (n: number) => Math.max(0, Math.min(n, newText.length));
  return {
    quote: anchor.quote,
    position: { type: 'TextPositionSelector', start: clamp(anchor.position.start), end: clamp(anchor.position.end) },
    state: 'needs-review',
    reviewReason: result.reason,
  };
}
