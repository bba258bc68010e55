// The Claims table's search: asks the search worker for each query (the latest
// wins), keeps the rows of the last answer on screen until the next one comes,
// asks again when the worker has applied writes, and says whether the case's
// index is complete. The answer shown is kept in the table's memory.
import { useEffect, useMemo, useState } from 'react';
import { matchedRows, type MatchedRows } from '../../core/case-views/search-protocol';
import { sharedSearchClient } from './search-client';
import type { ShownSearch, TableMemory } from './table-memory';

export interface TableSearch {
  /** The query whose rows are shown, and its answer (null: all rows). */
  shown: ShownSearch;
  matched: MatchedRows | null;
  /** Why the last search failed, if it did. */
  error: string | null;
  /** Whether the worker's index of the case is complete. */
  indexed: boolean;
}

/**
 * `openNow`: whether the worker may start reading the case. While the table's
 * own claims are still being read it waits, so the two reads do not slow each
 * other down; a search asked meanwhile opens the case all the same.
 */
export function useTableSearch(caseId: string, query: string, memory: TableMemory, { openNow }: { openNow: boolean }): TableSearch {
  const [searched, setSearched] = useState<ShownSearch>(memory.shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void (memory.shown = searched), [memory, searched]);
  // Bumped when the worker applied writes to the case: the current query is asked again.
  const [dataVersion, setDataVersion] = useState(0);
  const [indexed, setIndexed] = useState(() => sharedSearchClient().isIndexed(caseId));
  useEffect(() => {
    const client = sharedSearchClient();
    setIndexed(client.isIndexed(caseId));
    return client.onNotice((notice) => {
      if (notice.caseId !== caseId) return;
      setIndexed(client.isIndexed(caseId));
      if (notice.type === 'changed') setDataVersion((v) => v + 1);
    });
  }, [caseId]);
  useEffect(() => {
    // The worker reads and indexes the case from the first time its table opens, not as the case opens:
    // a reviewer marking claims in the reader then has both cores, and the index is ready by a first search.
    if (openNow) sharedSearchClient().open(caseId);
  }, [caseId, openNow]);
  const searching = query.trim() !== '';
  // The worker answers each query; until it has, the rows shown before stay (and data-query says which they are).
  useEffect(() => {
    setError(null);
    if (!searching) {
      setSearched((was) => (was.query === query && !was.results ? was : { query, results: null }));
      return;
    }
    let current = true;
    sharedSearchClient()
      .search(caseId, query)
      .then(
        // At once, not in a transition: rendering the results takes a few milliseconds, and a
        // transition would spread it over frames painted meanwhile.
        (results) => current && results && setSearched({ query, results }),
        (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    return () => void (current = false);
  }, [caseId, query, searching, dataVersion]);
  // An emptied search box shows all claims at once, without waiting for the effect.
  const shown: ShownSearch = searching ? searched : { query, results: null };
  const results = shown.results;
  const matched = useMemo(() => (results ? matchedRows(results) : null), [results]);
  return { shown, matched, error, indexed };
}
