// The Matrix view: claim groups against the case's articles, each cell saying
// whether the article states, denies, contradicts or omits the claim (in words,
// not only colour). Cells open the passage; headers sort; a legend gives the rules.
import { useMemo, useState } from 'react';
import type { ArticleSummary, Case, Claim } from '../../core/model';
import { cellsInColumns, matrixModel, sortMatrixRows, type MatrixCell, type MatrixColumn, type MatrixModel, type MatrixSortKey } from '../../core/case-views/matrix';
import { useCaseLinks } from '../claims/use-case-relations';
import { CELL_LABELS, SORT_LABELS, T } from './strings';
import './matrix.css';
import { ViewEmptyState } from '../shared/ViewEmptyState';
import { useVisibleColumns } from './use-visible-columns';

interface Props {
  theCase: Case;
  articles: ArticleSummary[];
  claims: readonly Claim[];
  onOpenClaim(claimId: string): void;
  onShowArticles(): void;
}

/**
 * Column widths (rem): the table lays out by them alone (table-layout: fixed),
 * and only the article columns in view are drawn (see ./use-visible-columns),
 * the others standing as two blank columns of their width.
 */
const WIDTHS = { claim: 20, verdict: 9, num: 5.5, article: 8 };
const LEADING = WIDTHS.claim + WIDTHS.verdict + 2 * WIDTHS.num;
const NO_MODEL: MatrixModel = { columns: [], rows: [] };

/** Cells drawn at a time: a huge case shows its groups in pages, fewer rows the more article columns are in view. */
const CELLS_PER_PAGE = 500;
const pageSize = (columns: number) => Math.max(20, Math.min(200, Math.floor(CELLS_PER_PAGE / Math.max(1, columns))));

interface Sort {
  key: MatrixSortKey;
  reversed: boolean;
}

export function Matrix({ theCase, articles, claims, onOpenClaim, onShowArticles }: Props) {
  const links = useCaseLinks(theCase.id);
  // Built once the links are read: built before as well, a large case's model would be built twice.
  const model = useMemo(() => (links ? matrixModel({ case: theCase, articles, claims, links }) : NO_MODEL), [theCase, articles, claims, links]);
  const [sort, setSort] = useState<Sort>({ key: 'reading', reversed: false });
  // A dozen or two columns are in view at a time: the page is sized for them, not for every article.
  const page = pageSize(Math.min(model.columns.length, 24));
  // Pages, not rows: the page size is known only once the model is built.
  const [pages, setPages] = useState(1);
  const limit = pages * page;
  const rows = useMemo(() => {
    const sorted = sortMatrixRows(model.rows, sort.key);
    return sort.reversed ? sorted.reverse() : sorted;
  }, [model, sort]);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const { first, last } = useVisibleColumns(scroller, model.columns.length, WIDTHS.article, LEADING, 2);
  const shownColumns = model.columns.slice(first, last);
  const hiddenAfter = model.columns.length - last;

  if (claims.length === 0) {
    return (
      <section className="fm-empty-state" aria-label={T.title}>
        <ViewEmptyState message={T.empty} actionLabel={T.goToArticles} onAction={onShowArticles} />
      </section>
    );
  }
  if (!links) return <section className="fm-matrix-view" aria-label={T.title} aria-busy="true" />;

  const header = (key: Exclude<MatrixSortKey, 'reading'>, className: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? ariaSort(key, sort.reversed) : undefined}>
      <button
        type="button"
        title={T.sortBy(SORT_LABELS[key])}
        onClick={() => setSort((s) => (s.key === key ? { key, reversed: !s.reversed } : { key, reversed: false }))}
      >
        {SORT_LABELS[key]}
        <span aria-hidden="true" className="fm-sort-mark">
          {sort.key === key ? (ariaSort(key, sort.reversed) === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <section className="fm-matrix-view" aria-label={T.title}>
      <div className="fm-matrix-scroll" ref={setScroller}>
        <table className="fm-matrix" style={{ width: `${LEADING + model.columns.length * WIDTHS.article}rem` }} aria-colcount={4 + model.columns.length}>
          <caption className="fm-visually-hidden">{T.tableLabel}</caption>
          <colgroup>
            <col style={{ width: `${WIDTHS.claim}rem` }} />
            <col style={{ width: `${WIDTHS.verdict}rem` }} />
            <col span={2} style={{ width: `${WIDTHS.num}rem` }} />
            {first > 0 && <col style={{ width: `${first * WIDTHS.article}rem` }} />}
            {shownColumns.length > 0 && <col span={shownColumns.length} style={{ width: `${WIDTHS.article}rem` }} />}
            {hiddenAfter > 0 && <col style={{ width: `${hiddenAfter * WIDTHS.article}rem` }} />}
          </colgroup>
          <thead>
            <tr>
              {header('statement', 'fm-matrix-claim')}
              {header('verdict', 'fm-matrix-verdict')}
              {header('size', 'fm-matrix-num')}
              {header('contradictions', 'fm-matrix-num')}
              {first > 0 && <th aria-hidden="true" className="fm-matrix-gap" />}
              {shownColumns.map((c, i) => (
                <th key={c.articleId} scope="col" className="fm-matrix-article" title={c.title} aria-colindex={5 + first + i}>
                  <span>{c.outlet || c.title}</span>
                </th>
              ))}
              {hiddenAfter > 0 && <th aria-hidden="true" className="fm-matrix-gap" />}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row) => (
              <tr key={row.group.canonicalId}>
                <th scope="row" className="fm-matrix-claim">
                  <button type="button" className="fm-matrix-statement" onClick={() => onOpenClaim(row.group.canonicalId)}>
                    {row.statement}
                  </button>
                </th>
                <td className="fm-matrix-verdict">
                  <span className="fm-swatch" style={{ background: row.ratingColor }} aria-hidden="true" />
                  {row.ratingName || <span className="fm-muted">{T.notRated}</span>}
                </td>
                <td className="fm-matrix-num">{row.group.memberIds.length}</td>
                <td className="fm-matrix-num">{row.contradictionCount}</td>
                {first > 0 && <td aria-hidden="true" className="fm-matrix-gap" />}
                {cellsInColumns(row, shownColumns).map((cell, i) => (
                  <Cell key={cell.articleId} cell={cell} column={shownColumns[i]} colIndex={5 + first + i} onOpen={onOpenClaim} />
                ))}
                {hiddenAfter > 0 && <td aria-hidden="true" className="fm-matrix-gap" />}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > limit && (
          <p className="fm-matrix-more">
            <span>{T.shown(limit, rows.length)}</span>
            <button type="button" className="fm-button" onClick={() => setPages((n) => n + 1)}>
              {T.showMore(Math.min(page, rows.length - limit))}
            </button>
          </p>
        )}
      </div>
      <aside className="fm-matrix-legend" aria-labelledby="matrix-legend">
        <h2 id="matrix-legend">{T.legend}</h2>
        <dl>
          {T.legendItems.map(([kind, text]) => (
            <div key={kind}>
              <dt>
                <span className={`fm-cell-chip fm-cell-${kind}`}>{kind === 'omits' ? T.omitsLabel : CELL_LABELS[kind]}</span>
              </dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <p>{T.legendNote}</p>
      </aside>
    </section>
  );
}

/** Sizes and contradiction counts sort largest first; statements and verdicts in reading order. */
function ariaSort(key: MatrixSortKey, reversed: boolean): 'ascending' | 'descending' {
  const natural = key === 'size' || key === 'contradictions' ? 'descending' : 'ascending';
  return reversed ? (natural === 'ascending' ? 'descending' : 'ascending') : natural;
}

function Cell({ cell, column, colIndex, onOpen }: { cell: MatrixCell; column: MatrixColumn; colIndex: number; onOpen(id: string): void }) {
  const title = T.cellTitle(cell.kind, column.outlet || column.title, cell.quote);
  if (cell.kind === 'omits') {
    return (
      <td className="fm-matrix-cell fm-cell-omits" title={title} aria-colindex={colIndex}>
        <span aria-hidden="true">{CELL_LABELS.omits}</span>
        <span className="fm-visually-hidden">{T.omitsLabel}</span>
      </td>
    );
  }
  return (
    <td className={`fm-matrix-cell fm-cell-${cell.kind}`} aria-colindex={colIndex}>
      <button type="button" title={title} onClick={() => onOpen(cell.claimIds[0])} data-kind={cell.kind}>
        {CELL_LABELS[cell.kind]}
        {cell.claimIds.length > 1 && <span className="fm-cell-times"> ×{cell.claimIds.length}</span>}
      </button>
    </td>
  );
}
