// The left pane of the Articles view: the case's articles with outlet, date
// and claim count; the selected one opens in the reader.
import { memo } from 'react';
import type { ArticleSummary } from '../../core/model';
import { S } from '../app/strings';

interface Props {
  articles: ArticleSummary[];
  claimCounts: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect(id: string): void;
  onImport(): void;
}

export function ArticleList({ articles, claimCounts, selectedId, onSelect, onImport }: Props) {
  return (
    <nav className="fm-article-list" aria-label={S.articles.listLabel}>
      <div className="fm-pane-header">
        <h2>{S.views.articles}</h2>
        <button type="button" className="fm-button" onClick={onImport}>
          {S.articles.import}
        </button>
      </div>
      {articles.length === 0 ? (
        <p className="fm-empty">{S.articles.empty}</p>
      ) : (
        <ul role="listbox" aria-label={S.articles.listLabel}>
          {articles.map((a) => (
            <ArticleItem key={a.id} article={a} claims={claimCounts.get(a.id) ?? 0} selected={a.id === selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </nav>
  );
}

// One row; memoised, so a claim marked in one article re-renders that row, not hundreds.
const ArticleItem = memo(function ArticleItem({ article: a, claims, selected, onSelect }: { article: ArticleSummary; claims: number; selected: boolean; onSelect(id: string): void }) {
  return (
    <li role="option" aria-selected={selected}>
      <button type="button" className="fm-article-item" data-article-id={a.id} onClick={() => onSelect(a.id)}>
        <span className="fm-article-title">{a.title || S.articles.untitled}</span>
        <span className="fm-article-meta">
          {[a.outlet, a.publishedDate].filter(Boolean).join(' · ')}
          <span className="fm-count">{S.articles.claims(claims)}</span>
        </span>
      </button>
    </li>
  );
});
