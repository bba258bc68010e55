// The Claims table's rows, sorted rows and facets, built from the case's data
// and kept in the table's memory: coming back to the view (from a claim, from
// another view) with the data unchanged finds them built, where building and
// sorting tens of thousands of rows holds the screen for a good part of a
// second on a laptop. Evidence and link counts are read again on each visit;
// until they are, the counts last read stand in for them.
import { useEffect, useMemo } from 'react';
import { afterPaintWhenIdle } from '../shared/after-paint';
import { buildClaimRows, facetsOf, SORT_KEYS, type ClaimRow, type ClaimSort, type Facets, type RowInputs } from '../../core/case-views/claim-rows';
import { ClaimOrder } from '../../core/case-views/claim-order';
import { T } from './strings';
import type { TableMemory } from './table-memory';

export interface BuiltRows {
  inputs: RowInputs;
  rows: ClaimRow[];
  facets: Facets;
  /** The rows' sort orders (each key ranked once, when first sorted by or prepared). */
  order: ClaimOrder;
  sorted: { sort: ClaimSort; rows: ClaimRow[] } | null;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function sameInputs(a: RowInputs, b: RowInputs): boolean {
  return a.scale === b.scale && a.articles === b.articles && a.claims === b.claims && sameCounts(a.evidenceCounts, b.evidenceCounts) && sameCounts(a.linkCounts, b.linkCounts);
}

/** The rows for these inputs, taken from `memory` when it holds rows built from the same. */
export function builtRows(memory: Pick<TableMemory, 'built'>, inputs: RowInputs): BuiltRows {
  if (memory.built && sameInputs(memory.built.inputs, inputs)) return memory.built;
  const rows = buildClaimRows(inputs);
  memory.built = { inputs, rows, facets: facetsOf(rows, inputs.scale, inputs.articles, { rating: T.notRated, claimant: T.noClaimant }), order: new ClaimOrder(rows), sorted: null };
  return memory.built;
}

/** The same rows in `sort`'s order, kept with them. */
export function sortedRows(built: BuiltRows, sort: ClaimSort): ClaimRow[] {
  if (built.sorted?.sort.key !== sort.key || built.sorted.sort.dir !== sort.dir) built.sorted = { sort, rows: built.order.sorted(sort) };
  return built.sorted.rows;
}

/**
 * Ranks the rows under every sort key in idle time once the table is on
 * screen, one key per idle moment (tens of milliseconds for the quotes of a
 * large case), so the first click on any header is as quick as the next.
 */
function usePreparedOrders(order: ClaimOrder, prepare: boolean): void {
  useEffect(() => {
    if (!prepare) return;
    let cancelled = false;
    const keys = [...SORT_KEYS];
    const next = () => {
      const key = keys.shift();
      if (cancelled || !key) return;
      order.prepare(key);
      afterPaintWhenIdle(next, 2000);
    };
    afterPaintWhenIdle(next, 2000);
    return () => void (cancelled = true);
  }, [order, prepare]);
}

export function useClaimRows(
  memory: TableMemory,
  { scale, articles, claims, evidenceCounts, linkCounts }: Omit<RowInputs, 'evidenceCounts' | 'linkCounts'> & { evidenceCounts?: ReadonlyMap<string, number>; linkCounts?: ReadonlyMap<string, number> },
  sort: ClaimSort,
  // Not for the rows of claims still being read: they are built again as more come.
  { prepareOrders }: { prepareOrders: boolean },
): { rows: ClaimRow[]; sorted: ClaimRow[]; facets: Facets } {
  // Until this visit's counts are read, the last ones read stand in (none on a first visit).
  const evidence = evidenceCounts ?? memory.built?.inputs.evidenceCounts ?? NO_COUNTS;
  const links = linkCounts ?? memory.built?.inputs.linkCounts ?? NO_COUNTS;
  const built = useMemo(() => builtRows(memory, { scale, articles, claims, evidenceCounts: evidence, linkCounts: links }), [memory, scale, articles, claims, evidence, links]);
  const sorted = useMemo(() => sortedRows(built, sort), [built, sort]);
  usePreparedOrders(built.order, prepareOrders);
  return { rows: built.rows, sorted, facets: built.facets };
}
