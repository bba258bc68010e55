// Restoring from an automatic backup: what a backup holds (per case: articles,
// claims, verdicts) and the copies to write for the cases the reviewer picks,
// each with fresh ids and a title naming the backup, so nothing is overwritten.
import type { CaseContents } from '../../core/model';
import { reIdContents } from '../../core/export/bundle';
import { BS } from './strings';

export interface BackupCaseSummary {
  id: string;
  title: string;
  articles: number;
  claims: number;
  verdicts: number;
}

export function summarizeBackup(cases: readonly CaseContents[]): BackupCaseSummary[] {
  return cases.map((c) => ({
    id: c.case.id,
    title: c.case.title,
    articles: c.articles.length,
    claims: c.claims.length,
    verdicts: c.claims.filter((x) => x.verdict && (x.verdict.ratingId || x.verdict.conclusion)).length,
  }));
}

/** New copies of the picked cases of a backup made at `when` (already in the reviewer's locale). */
export function restoredCopies(cases: readonly CaseContents[], pickedIds: ReadonlySet<string>, when: string): CaseContents[] {
  return cases
    .filter((c) => pickedIds.has(c.case.id))
    .map((c) => {
      const copy = reIdContents(c);
      return { ...copy, case: { ...copy.case, title: BS.restoredTitle(c.case.title, when) } };
    });
}
