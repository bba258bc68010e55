// Live counts of what hangs off each claim of a case (evidence rows, links),
// and the links themselves, for the case-wide views. Read only while a view
// that needs them is shown; each table is read once per change, not per claim.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimLink } from '../../core/model';
import { countByClaim } from '../../core/case-views/claim-rows';
import { useApp } from '../app/app-context';

export function useCaseLinks(caseId: string): ClaimLink[] | undefined {
  const { repos } = useApp();
  return useLiveQuery(() => repos.links.listByCase(caseId), [caseId]);
}

export function useEvidenceCounts(caseId: string): Map<string, number> | undefined {
  const { repos } = useApp();
  return useLiveQuery(async () => countByClaim(await repos.db.evidence.where('caseId').equals(caseId).toArray(), (e) => [e.claimId]), [caseId]);
}
