// The corrections log: which changes of a claim are recorded, and how they
// read. Verdict (rating and conclusion), rationale and status are recorded
// on every change, as fact-checkers' codes of principles ask.
import type { Claim, HistoryEntry, RatingScale, RichText } from './model';
import { newId } from './ids';
import { findRating } from './rating-scales';

export function richTextToPlain(rich: RichText): string {
  return rich.map((b) => b.children.map((s) => s.text).join('')).join('\n');
}

function verdictLabel(claim: Claim, scale: RatingScale): string {
  if (!claim.verdict) return '';
  const rating = findRating(scale, claim.verdict.ratingId)?.name ?? '';
  return [rating, claim.verdict.conclusion].filter(Boolean).join(' — ');
}

/** History entries describing how a claim changed from `before` to `after`. */
export function historyForClaimChange(
  before: Claim,
  after: Claim,
  scale: RatingScale,
  reviewer: string,
  at: string,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const add = (field: string, b: string, a: string) => {
    if (b !== a) entries.push({ id: newId(), caseId: after.caseId, claimId: after.id, at, reviewer, action: 'update', field, before: b, after: a });
  };
  add('verdict', verdictLabel(before, scale), verdictLabel(after, scale));
  add('rationale', richTextToPlain(before.verdict?.rationale ?? []), richTextToPlain(after.verdict?.rationale ?? []));
  add('status', before.status, after.status);
  return entries;
}

export function historyForClaimCreated(claim: Claim, reviewer: string, at: string): HistoryEntry {
  return { id: newId(), caseId: claim.caseId, claimId: claim.id, at, reviewer, action: 'create', field: 'claim', before: '', after: claim.anchor.quote.exact };
}

export function historyForClaimDeleted(claim: Claim, reviewer: string, at: string): HistoryEntry {
  return { id: newId(), caseId: claim.caseId, claimId: claim.id, at, reviewer, action: 'delete', field: 'claim', before: claim.anchor.quote.exact, after: '' };
}

/** Consecutive saves of one field by one reviewer within this time read as one correction. */
export const HISTORY_MERGE_WINDOW_MS = 60_000;

/**
 * Typing in a conclusion or rationale saves every few hundred milliseconds;
 * the log should show one change from the old text to the new, not every
 * keystroke. Returns the entry to store and the id of the previous entry it
 * replaces; `entry` is null when the burst ended where it started.
 */
export function mergeHistoryEntry(
  previous: HistoryEntry | undefined,
  next: HistoryEntry,
  windowMs = HISTORY_MERGE_WINDOW_MS,
): { entry: HistoryEntry | null; replaces: string | null } {
  const mergeable =
    previous &&
    previous.action === 'update' &&
    next.action === 'update' &&
    previous.claimId === next.claimId &&
    previous.field === next.field &&
    previous.reviewer === next.reviewer &&
    Date.parse(next.at) - Date.parse(previous.at) < windowMs;
  if (!mergeable) return { entry: next, replaces: null };
  if (previous.before === next.after) return { entry: null, replaces: previous.id };
  return { entry: { ...previous, at: next.at, after: next.after }, replaces: previous.id };
}
