// Building a claim's verdict from an edit: a verdict starts with the app's
// reviewer and today's date, and disappears when nothing is left in it.
import type { Claim, Verdict } from '../../core/model';
import type { ClaimPatch } from '../../storage';

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function emptyVerdict(reviewer: string): Verdict {
  return { ratingId: null, conclusion: '', rationale: [], reviewer, date: today() };
}

function isEmpty(v: Verdict): boolean {
  return !v.ratingId && !v.conclusion.trim() && v.rationale.length === 0;
}

/** The patch that applies `change` to the claim's verdict (creating or dropping it as needed). */
export function verdictPatch(claim: Claim, change: Partial<Verdict>, reviewer: string): ClaimPatch {
  const next = { ...(claim.verdict ?? emptyVerdict(reviewer)), ...change };
  return { verdict: isEmpty(next) ? null : next };
}
