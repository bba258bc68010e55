// Live counts of what hangs off each claim of a case (evidence rows, links),
// and the links themselves, for the case-wide views. Read only while a view
// that needs them is shown; each table is read once per change, not per claim.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimLink } from '../../core/model';
import { countByClaim } from '../../core/case-views/claim-rows';
import { useApp } from '../app/app-context';

/** `readNow`: false puts the read off (undefined meanwhile), as while the case's claims are still being read. */
export function useCaseLinks(caseId: string, readNow = true): ClaimLink[] | undefined {
  const { repos } = useApp();
  return useLiveQuery(() => (readNow ? repos.links.listByCase(caseId) : undefined), [caseId, readNow]);
}

export function useEvidenceCounts(caseId: string, readNow = true): Map<string, number> | undefined {
  const { repos } = useApp();
  return useLiveQuery(async () => (readNow ? countByClaim(await repos.db.evidence.where('caseId').equals(caseId).toArray(), (e) => [e.claimId]) : undefined), [caseId, readNow]);
}
