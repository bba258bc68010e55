// Applying an edit to a claim's verdict: a verdict starts with the reviewer
// and the day of the edit, takes the fields edited, and disappears when
// nothing is left in it. The storage applies each edit to the verdict as
// stored, so two edits made in a row (a rating, then a conclusion) both stay
// even when the second was made before the screen showed the first.
import type { Verdict } from './model';

function emptyVerdict(reviewer: string, date: string): Verdict {
  return { ratingId: null, conclusion: '', rationale: [], reviewer, date };
}

function isEmpty(v: Verdict): boolean {
  return !v.ratingId && !v.conclusion.trim() && v.rationale.length === 0;
}

/** The verdict after `change`: null when nothing is left in it. */
export function editVerdict(verdict: Verdict | null, change: Partial<Verdict>, reviewer: string, date: string): Verdict | null {
  const next = { ...(verdict ?? emptyVerdict(reviewer, date)), ...change };
  return isEmpty(next) ? null : next;
}
