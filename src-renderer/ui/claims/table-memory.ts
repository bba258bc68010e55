// What the Claims table remembers per case while the app runs: filters, sort,
// search, current row, the results last shown and the rows last built. Opening
// a claim leaves the view; coming back finds the table as it was, its search
// results included.
import { NO_FILTERS, READING_ORDER, type ClaimFilters, type ClaimSort } from '../../core/case-views/claim-rows';
import type { SearchResults } from '../../core/case-views/search-protocol';
import type { BuiltRows } from './use-claim-rows';

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
  /** Rows built from the case's data the last time (see ./use-claim-rows). */
  built?: BuiltRows;
}

const byCase = new Map<string, TableMemory>();

export function tableMemory(caseId: string): TableMemory {
  // Built rows are large: only the case shown keeps them.
  for (const [id, other] of byCase) if (id !== caseId) delete other.built;
  let m = byCase.get(caseId);
  if (!m) {
    m = { filters: NO_FILTERS, sort: READING_ORDER, query: '', active: 0, shown: { query: '', results: null } };
    byCase.set(caseId, m);
  }
  return m;
}
