// The Overview: the case at a glance. How its claims are rated, where they
// come from, and the two queues that need the reviewer (drafted claims waiting
// for review, claims whose anchor needs review); a click opens a claim.
import { useMemo } from 'react';
import type { ArticleSummary, Case, Claim } from '../../core/model';
import { overviewStats, type Bar } from '../../core/case-views/overview';
import { T } from './strings';
import './overview.css';
import { ViewEmptyState } from '../shared/ViewEmptyState';

interface Props {
  theCase: Case;
  articles: ArticleSummary[];
  claims: readonly Claim[];
  onOpenClaim(claimId: string): void;
  onShowArticles(): void;
}

/** Queues list this many claims; the rest are counted. */
const QUEUE_LIMIT = 50;

export function Overview({ theCase, articles, claims, onOpenClaim, onShowArticles }: Props) {
  const stats = useMemo(
    () => overviewStats(theCase.scale, articles, claims, { notRated: T.notRated, concluded: T.concluded, noClaimant: T.noClaimant, untitled: T.untitled }),
    [theCase.scale, articles, claims],
  );
  const articleById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);

  return (
    <section className="fm-overview" aria-label={T.title}>
      <header className="fm-overview-header">
        <h1>{theCase.title}</h1>
        {theCase.summary && <p>{theCase.summary}</p>}
        <p className="fm-overview-totals">
          {[theCase.eventDate, T.articlesTotal(articles.length), T.claimsTotal(stats.total)].filter(Boolean).join(' · ')}
        </p>
      </header>
      {stats.total === 0 ? (
        <ViewEmptyState message={articles.length ? T.empty : T.noArticles} actionLabel={T.goToArticles} onAction={onShowArticles} />
      ) : (
        <div className="fm-overview-grid">
          <section className="fm-card fm-card-wide" aria-labelledby="ov-verdicts">
            <h2 id="ov-verdicts">{T.verdicts}</h2>
            <VerdictChart bars={stats.verdicts} />
          </section>
          <section className="fm-card" aria-labelledby="ov-waiting">
            <h2 id="ov-waiting">
              {T.waiting} <span className="fm-card-count">{stats.waitingForReview.length}</span>
            </h2>
            <p className="fm-card-hint">{T.waitingHint}</p>
            <ClaimQueue claims={stats.waitingForReview} articleById={articleById} empty={T.waitingNone} onOpen={onOpenClaim} />
          </section>
          <section className="fm-card" aria-labelledby="ov-reanchor">
            <h2 id="ov-reanchor">
              {T.reanchor} <span className="fm-card-count">{stats.reanchorQueue.length}</span>
            </h2>
            <p className="fm-card-hint">{T.reanchorHint}</p>
            <ClaimQueue
              claims={stats.reanchorQueue}
              articleById={articleById}
              empty={T.reanchorNone}
              onOpen={onOpenClaim}
              detail={(c) => c.anchor.reviewReason || T.unknownReason}
            />
          </section>
          <section className="fm-card" aria-labelledby="ov-articles">
            <h2 id="ov-articles">{T.perArticle}</h2>
            <BarList bars={stats.perArticle} />
          </section>
          <section className="fm-card" aria-labelledby="ov-claimants">
            <h2 id="ov-claimants">{T.perClaimant}</h2>
            <BarList bars={stats.perClaimant} />
          </section>
        </div>
      )}
    </section>
  );
}

const CHART = { labelWidth: 130, barWidth: 360, countWidth: 50, rowHeight: 24, barHeight: 14 };

/** Horizontal bars in the scale's colours; the counts are text, not only length. */
function VerdictChart({ bars }: { bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = CHART.labelWidth + CHART.barWidth + CHART.countWidth;
  const height = bars.length * CHART.rowHeight;
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join(', ');
  return (
    <svg className="fm-verdict-chart" role="img" aria-label={T.verdictChart(summary)} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {bars.map((b, i) => {
        const y = i * CHART.rowHeight;
        const w = b.count === 0 ? 0 : Math.max(2, (b.count / max) * CHART.barWidth);
        return (
          <g key={b.key} data-rating={b.key || 'none'}>
            <text x={CHART.labelWidth - 8} y={y + CHART.rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="fm-chart-label">
              {b.label}
            </text>
            <rect x={CHART.labelWidth} y={y + (CHART.rowHeight - CHART.barHeight) / 2} width={CHART.barWidth} height={CHART.barHeight} rx={3} className="fm-chart-track" />
            <rect x={CHART.labelWidth} y={y + (CHART.rowHeight - CHART.barHeight) / 2} width={w} height={CHART.barHeight} rx={3} fill={b.color} />
            <text x={CHART.labelWidth + CHART.barWidth + 8} y={y + CHART.rowHeight / 2} dominantBaseline="middle" className="fm-chart-count">
              {b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function BarList({ bars }: { bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className="fm-bar-list">
      {bars.slice(0, QUEUE_LIMIT).map((b) => (
        <li key={b.key} title={b.label}>
          <span className="fm-bar-label">{b.label}</span>
          <span className="fm-bar-track" aria-hidden="true">
            <span className="fm-bar-fill" style={{ width: `${(b.count / max) * 100}%` }} />
          </span>
          <span className="fm-bar-count">{b.count}</span>
        </li>
      ))}
      {bars.length > QUEUE_LIMIT && <li className="fm-card-hint">{T.more(bars.length - QUEUE_LIMIT)}</li>}
    </ul>
  );
}

interface QueueProps {
  claims: readonly Claim[];
  articleById: Map<string, ArticleSummary>;
  empty: string;
  onOpen(id: string): void;
  detail?(c: Claim): string;
}

function ClaimQueue({ claims, articleById, empty, onOpen, detail }: QueueProps) {
  if (claims.length === 0) return <p className="fm-empty">{empty}</p>;
  return (
    <ul className="fm-queue">
      {claims.slice(0, QUEUE_LIMIT).map((c) => {
        const a = articleById.get(c.articleId);
        return (
          <li key={c.id}>
            <button type="button" className="fm-queue-item" onClick={() => onOpen(c.id)}>
              <span className="fm-queue-quote">“{c.anchor.quote.exact}”</span>
              <span className="fm-queue-meta">{[a?.outlet || a?.title, c.claimant].filter(Boolean).join(' · ')}</span>
              {detail && <span className="fm-queue-detail">{detail(c)}</span>}
            </button>
          </li>
        );
      })}
      {claims.length > QUEUE_LIMIT && <li className="fm-card-hint">{T.more(claims.length - QUEUE_LIMIT)}</li>}
    </ul>
  );
}
