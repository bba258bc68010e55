// The Matrix view: claim groups against the case's articles, each cell saying
// whether the article states, denies, contradicts or omits the claim (in words,
// not only colour). Cells open the passage; headers sort; a legend gives the rules.
import { useMemo, useState } from 'react';
import type { ArticleSummary, Case, Claim } from '../../core/model';
import { cellsInColumns, matrixModel, sortMatrixRows, type MatrixCell, type MatrixColumn, type MatrixSortKey } from '../../core/case-views/matrix';
import { useCaseLinks } from '../claims/use-case-relations';
import { CELL_LABELS, SORT_LABELS, T } from './strings';
import './matrix.css';
import { ViewEmptyState } from '../shared/ViewEmptyState';

interface Props {
  theCase: Case;
  articles: ArticleSummary[];
  claims: readonly Claim[];
  onOpenClaim(claimId: string): void;
  onShowArticles(): void;
}

/** Cells drawn at a time: a huge case shows its groups in pages, fewer rows the more articles it has. */
const CELLS_PER_PAGE = 6000;
const pageSize = (columns: number) => Math.max(20, Math.min(200, Math.floor(CELLS_PER_PAGE / Math.max(1, columns))));

interface Sort {
  key: MatrixSortKey;
  reversed: boolean;
}

export function Matrix({ theCase, articles, claims, onOpenClaim, onShowArticles }: Props) {
  const links = useCaseLinks(theCase.id);
  const model = useMemo(() => matrixModel({ case: theCase, articles, claims, links: links ?? [] }), [theCase, articles, claims, links]);
  const [sort, setSort] = useState<Sort>({ key: 'reading', reversed: false });
  const page = pageSize(model.columns.length);
  const [limit, setLimit] = useState(page);
  const rows = useMemo(() => {
    const sorted = sortMatrixRows(model.rows, sort.key);
    return sort.reversed ? sorted.reverse() : sorted;
  }, [model, sort]);

  if (claims.length === 0) {
    return (
      <section className="fm-empty-state" aria-label={T.title}>
        <ViewEmptyState message={T.empty} actionLabel={T.goToArticles} onAction={onShowArticles} />
      </section>
    );
  }

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
      <div className="fm-matrix-scroll">
        <table className="fm-matrix">
          <caption className="fm-visually-hidden">{T.tableLabel}</caption>
          <thead>
            <tr>
              {header('statement', 'fm-matrix-claim')}
              {header('verdict', 'fm-matrix-verdict')}
              {header('size', 'fm-matrix-num')}
              {header('contradictions', 'fm-matrix-num')}
              {model.columns.map((c) => (
                <th key={c.articleId} scope="col" className="fm-matrix-article" title={c.title}>
                  <span>{c.outlet || c.title}</span>
                </th>
              ))}
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
                {cellsInColumns(row, model.columns).map((cell, i) => (
                  <Cell key={cell.articleId} cell={cell} column={model.columns[i]} onOpen={onOpenClaim} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > limit && (
          <p className="fm-matrix-more">
            <span>{T.shown(limit, rows.length)}</span>
            <button type="button" className="fm-button" onClick={() => setLimit((n) => n + page)}>
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

function Cell({ cell, column, onOpen }: { cell: MatrixCell; column: MatrixColumn; onOpen(id: string): void }) {
  const title = T.cellTitle(cell.kind, column.outlet || column.title, cell.quote);
  if (cell.kind === 'omits') {
    return (
      <td className="fm-matrix-cell fm-cell-omits" title={title}>
        <span aria-hidden="true">{CELL_LABELS.omits}</span>
        <span className="fm-visually-hidden">{T.omitsLabel}</span>
      </td>
    );
  }
  return (
    <td className={`fm-matrix-cell fm-cell-${cell.kind}`}>
      <button type="button" title={title} onClick={() => onOpen(cell.claimIds[0])} data-kind={cell.kind}>
        {CELL_LABELS[cell.kind]}
        {cell.claimIds.length > 1 && <span className="fm-cell-times"> ×{cell.claimIds.length}</span>}
      </button>
    </td>
  );
}
