// What the Claims table remembers per case while the app runs: filters, sort,
// search, current row and the results last shown. Opening a claim leaves the
// view; coming back finds the table as it was, its search results included.
import { NO_FILTERS, READING_ORDER, type ClaimFilters, type ClaimSort } from '../../core/case-views/claim-rows';
import type { SearchResults } from '../../core/case-views/search-protocol';

/** The rows on screen: the results of `query`, or all claims when `results` is null. */
export interface ShownSearch {
  query: string;
  results: SearchResults | null;
}

export interface TableMemory {
  filters: ClaimFilters;
  sort: ClaimSort;
  query: string;
  /** Index of the current row in the shown rows. */
  active: number;
  shown: ShownSearch;
}

const byCase = new Map<string, TableMemory>();

export function tableMemory(caseId: string): TableMemory {
  let m = byCase.get(caseId);
  if (!m) {
    m = { filters: NO_FILTERS, sort: READING_ORDER, query: '', active: 0, shown: { query: '', results: null } };
    byCase.set(caseId, m);
  }
  return m;
}
