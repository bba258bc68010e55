// The Claims view: every claim of the case in one filterable, sortable,
// searchable table. Rows are precomputed once per data change and the list is
// virtualised, so a case with tens of thousands of claims stays responsive.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary, Case, Claim, ClaimStatus } from '../../core/model';
import {
  countByClaim,
  filterRows,
  hasFilters,
  nextSort,
  NO_FILTERS,
  type ClaimFilters,
  type ClaimRow,
  type ClaimSort,
  type FacetOption,
  type SortKey,
} from '../../core/case-views/claim-rows';
import type { MatchedRows } from '../../core/case-views/search-protocol';
import { tableMemory, type TableMemory } from './table-memory';
import { highlightSegments, type Segment } from '../../core/case-views/highlight';
import { isModShortcut, isTypingTarget } from '../shared/keyboard';
import { useTableSearch } from './use-table-search';
import { useClaimRows } from './use-claim-rows';
import { useCaseLinks, useEvidenceCounts } from './use-case-relations';
import { CLAIM_STATUS_LABELS, T } from './strings';
import { useFixedRows } from './use-fixed-rows';
import './claims.css';
import { ViewEmptyState } from '../shared/ViewEmptyState';
import { ClaimsReading } from '../shared/ClaimsReading';
import type { ClaimsLoading } from '../../storage/live-case-claims';

interface Props {
  theCase: Case;
  articles: ArticleSummary[];
  /** The case's claims, or while they are first read, some of those read so far. */
  claims: readonly Claim[];
  /** While the case's claims are first read: how far that has got. */
  loading?: ClaimsLoading;
  onOpenClaim(claimId: string): void;
  onShowArticles(): void;
}

const COLUMNS: SortKey[] = ['article', 'quote', 'claimant', 'status', 'verdict', 'evidence', 'links', 'updated'];
const ROW_HEIGHT = 44;
const ROW_HEIGHT_SEARCHING = 64;
const NO_TERMS: readonly string[] = [];

export function ClaimsTable({ theCase, articles, claims, loading, onOpenClaim, onShowArticles }: Props) {
  // Counts, search and sort ranks wait until the claims are all in: their reads and work would slow the claims' own.
  const allRead = loading === undefined;
  const links = useCaseLinks(theCase.id, allRead);
  const evidenceCounts = useEvidenceCounts(theCase.id, allRead);
  const linkCounts = useMemo(() => links && countByClaim(links, (l) => [l.fromClaimId, l.toClaimId]), [links]);
  const memory = useMemo(() => tableMemory(theCase.id), [theCase.id]);
  const [filters, setFilters] = useState<ClaimFilters>(memory.filters);
  const [sort, setSort] = useState<ClaimSort>(memory.sort);
  const [query, setQuery] = useState(memory.query);
  useEffect(() => void Object.assign(memory, { filters, sort, query }), [memory, filters, sort, query]);
  const searchRef = useRef<HTMLInputElement>(null);
  const { shown, matched, error: searchError, indexed } = useTableSearch(theCase.id, query, memory, { openNow: allRead });

  const { rows, sorted, facets } = useClaimRows(memory, { scale: theCase.scale, articles, claims, evidenceCounts, linkCounts }, sort, { prepareOrders: allRead });
  const visible = useMemo(() => filterRows(sorted, filters, matched && matched.has), [sorted, filters, matched]);
  // Stable, so a search (which re-renders the table) does not re-render the facets' hundreds of options.
  const setFacet = useCallback((key: keyof ClaimFilters, value: string) => setFilters((f) => ({ ...f, [key]: value === ANY ? null : value })), []);
  const sortBy = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);
  const statusOptions = useMemo(() => facets.status.map((o) => ({ ...o, label: CLAIM_STATUS_LABELS[o.value as ClaimStatus] })), [facets.status]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (isModShortcut(e, 'f') || (e.key === '/' && !isTypingTarget(e.target))) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (claims.length === 0 && !loading) {
    return (
      <section className="fm-empty-state" aria-label={T.title}>
        <ViewEmptyState message={T.empty} actionLabel={T.goToArticles} onAction={onShowArticles} />
      </section>
    );
  }


  return (
    <section className="fm-claims-view" aria-label={T.title} data-query={shown.query} data-search-index={indexed ? 'complete' : 'building'}>
      <div className="fm-claims-toolbar" role="search">
        <label className="fm-claims-search">
          <span className="fm-visually-hidden">{T.search}</span>
          <input ref={searchRef} type="search" value={query} placeholder={T.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <FacetSelect label={T.verdict} facet="rating" value={filters.rating} options={facets.rating} onPick={setFacet} />
        <FacetSelect label={T.status} facet="status" value={filters.status} options={statusOptions} onPick={setFacet} />
        <FacetSelect label={T.claimant} facet="claimant" value={filters.claimant} options={facets.claimant} onPick={setFacet} />
        <FacetSelect label={T.article} facet="articleId" value={filters.articleId} options={facets.article} onPick={setFacet} />
        {facets.tag.length > 0 && <FacetSelect label={T.tag} facet="tag" value={filters.tag} options={facets.tag} onPick={setFacet} />}
        <button
          type="button"
          className="fm-button fm-quiet"
          disabled={!hasFilters(filters) && !query}
          onClick={() => {
            setFilters(NO_FILTERS);
            setQuery('');
          }}
        >
          {T.clearFilters}
        </button>
        <span className="fm-claims-count" role="status">
          {T.count(visible.length, rows.length)}
        </span>
      </div>
      {loading && <ClaimsReading read={loading.read} total={loading.total} />}
      {searchError && (
        <p className="fm-claims-search-error" role="alert">
          {T.searchFailed(searchError)}
        </p>
      )}
      <ClaimsGrid
        rows={visible}
        sort={sort}
        onSort={sortBy}
        matched={matched}
        terms={shown.results?.terms ?? NO_TERMS}
        claims={claims}
        onOpenClaim={onOpenClaim}
        memory={memory}
      />
    </section>
  );
}

const ANY = '\u0000any';

interface FacetSelectProps {
  label: string;
  facet: keyof ClaimFilters;
  value: string | null;
  options: FacetOption[];
  onPick(facet: keyof ClaimFilters, value: string): void;
}

const FacetSelect = memo(function FacetSelect({ label, facet, value, options, onPick }: FacetSelectProps) {
  return (
    <label className="fm-facet">
      <span>{label}</span>
      <select value={value ?? ANY} onChange={(e) => onPick(facet, e.target.value)} data-active={value !== null || undefined}>
        <option value={ANY}>{T.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
});

interface GridProps {
  rows: ClaimRow[];
  sort: ClaimSort;
  onSort(key: SortKey): void;
  /** What the search shown matched; null without a search. */
  matched: MatchedRows | null;
  /** The search's matched words, for highlighting. */
  terms: readonly string[];
  claims: readonly Claim[];
  onOpenClaim(id: string): void;
  memory: TableMemory;
}

// Memoised: typing in the search box re-renders the table, and the rows shown stay the same
// until the worker answers, so the keystroke's render (and the request after it) stays short.
const ClaimsGrid = memo(function ClaimsGrid({ rows, sort, onSort, matched, terms, claims, onOpenClaim, memory }: GridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(memory.active);
  const rowHeight = matched ? ROW_HEIGHT_SEARCHING : ROW_HEIGHT;
  const shownRows = useFixedRows(scrollRef, rows.length, rowHeight, 3);
  const current = Math.min(active, Math.max(0, rows.length - 1));
  useEffect(() => void (memory.active = current), [memory, current]);
  const { scrollToIndex } = shownRows;
  // Back from a claim: the row it was opened from is in sight again, before the first paint.
  const initialRow = useRef(memory.active);
  useLayoutEffect(() => {
    if (initialRow.current > 0) scrollToIndex(initialRow.current, 'center');
    // On mount only: a search or a sort later changes what the index means.
  }, []);

  // What a search matched, by claim and by article: the passages come cut by the worker.
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const secondLine = useCallback(
    (row: ClaimRow): { label: string | null; segments: Segment[] } | null => {
      if (!matched) return null;
      const claim = matched.claims.has(row.id) ? claimById.get(row.id) : undefined;
      if (claim) {
        // A claim's matched words are exactly the result's terms found in its fields.
        for (const text of [claim.statement, claim.notes, claim.verdict?.conclusion ?? '', claim.tags.join(', ')]) {
          if (text === row.quote) continue;
          const segs = highlightSegments(text, terms);
          if (segs.some((s) => s.hit)) return { label: null, segments: segs };
        }
      }
      const segs = matched.snippets.get(row.articleId);
      return segs ? { label: T.inArticle, segments: segs } : null;
    },
    [matched, terms, claimById],
  );

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    scrollToIndex(next, 'auto');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Keys on the column headers' sort buttons are theirs.
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: rows.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]);
    } else if (e.key === 'Enter' && rows[current]) {
      e.preventDefault();
      onOpenClaim(rows[current].id);
    }
  };

  return (
    <div
      className="fm-claims-grid"
      role="grid"
      aria-label={T.gridLabel}
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      tabIndex={0}
      aria-activedescendant={rows[current] ? `claim-row-${rows[current].id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="fm-claims-head">
        <div role="row" aria-rowindex={1} className="fm-claims-row">
          {COLUMNS.map((key) => (
            <div
              key={key}
              role="columnheader"
              className={`fm-col fm-col-${key}`}
              aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" onClick={() => onSort(key)}>
                {T.columns[key]}
                <span aria-hidden="true" className="fm-sort-mark">
                  {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="fm-claims-body">
        {rows.length === 0 ? (
          <p className="fm-empty fm-claims-nomatch">{T.noMatch}</p>
        ) : (
          <div style={{ height: shownRows.totalHeight, position: 'relative' }}>
            {rows.slice(shownRows.first, shownRows.last).map((row, i) => {
              const v = { index: shownRows.first + i, start: (shownRows.first + i) * rowHeight };
              const second = secondLine(row);
              return (
                <div
                  key={row.id}
                  id={`claim-row-${row.id}`}
                  role="row"
                  aria-rowindex={v.index + 2}
                  aria-selected={v.index === current}
                  className="fm-claims-row fm-claims-item"
                  style={{ transform: `translateY(${v.start}px)`, height: rowHeight }}
                  onClick={() => {
                    setActive(v.index);
                    onOpenClaim(row.id);
                  }}
                >
                  <div role="gridcell" className="fm-col fm-col-article" title={row.articleTitle}>
                    <span className="fm-cell-strong">{row.articleOutlet || row.articleTitle}</span>
                    {row.articleOutlet && <Marked className="fm-cell-sub" text={row.articleTitle} terms={terms} />}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-quote">
                    <Marked className="fm-cell-quote" text={row.quote} terms={terms} />
                    {row.needsReview && <span className="fm-badge">{T.needsReview}</span>}
                    {second && (
                      <span className="fm-cell-sub fm-cell-second">
                        {second.label && <span className="fm-second-label">{second.label} </span>}
                        <Segments segments={second.segments} />
                      </span>
                    )}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-claimant">
                    <Marked text={row.claimant} terms={terms} />
                  </div>
                  <div role="gridcell" className="fm-col fm-col-status">
                    {CLAIM_STATUS_LABELS[row.status]}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-verdict">
                    <span className="fm-swatch" style={{ background: row.ratingColor }} aria-hidden="true" />
                    {row.ratingName || <span className="fm-muted">{T.notRated}</span>}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-evidence fm-num">
                    {row.evidenceCount}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-links fm-num">
                    {row.linkCount}
                  </div>
                  <div role="gridcell" className="fm-col fm-col-updated" title={row.updatedAt}>
                    {formatWhen(row.updatedAt)}
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
});

function Marked({ text, terms, className }: { text: string; terms: readonly string[]; className?: string }) {
  return (
    <span className={className}>
      <Segments segments={terms.length ? highlightSegments(text, terms) : [{ text, hit: false }]} />
    </span>
  );
}

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="fm-search-hit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
// Formatting a date takes tens of microseconds and every render of the table formats each row's:
// remember them (a case's claims have as many timestamps as claims at most).
const formatted = new Map<string, string>();
function formatWhen(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const d = new Date(iso);
    text = Number.isNaN(d.getTime()) ? '' : whenFormat.format(d);
    if (formatted.size >= 100_000) formatted.clear();
    formatted.set(iso, text);
  }
  return text;
}
