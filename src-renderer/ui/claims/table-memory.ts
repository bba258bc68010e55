// What the Claims table remembers per case while the app runs: filters, sort,
// search, current row and the search index. Opening a claim leaves the view;
// coming back finds the table as it was, without indexing the case again.
import { NO_FILTERS, READING_ORDER, type ClaimFilters, type ClaimSort } from '../../core/case-views/claim-rows';
import { CaseSearchIndex } from '../../core/case-views/search';

export interface TableMemory {
  filters: ClaimFilters;
  sort: ClaimSort;
  query: string;
  /** Index of the current row in the shown rows. */
  active: number;
  index: CaseSearchIndex;
}

const byCase = new Map<string, TableMemory>();

export function tableMemory(caseId: string): TableMemory {
  let m = byCase.get(caseId);
  if (!m) {
    m = { filters: NO_FILTERS, sort: READING_ORDER, query: '', active: 0, index: new CaseSearchIndex() };
    byCase.set(caseId, m);
  }
  return m;
}
