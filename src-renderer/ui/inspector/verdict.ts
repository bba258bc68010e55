// A claim's verdict as the inspector edits it: each edit names only the
// fields it changes, and the storage applies it to the verdict as stored
// (core/verdict-edits), so quick edits in a row never undo one another.
import type { Verdict } from '../../core/model';
import type { ClaimPatch } from '../../storage';

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The patch that applies `change` to the claim's verdict (creating or dropping it as needed). */
export function verdictPatch(change: Partial<Verdict>): ClaimPatch {
  return { verdictEdit: { change, date: today() } };
}
