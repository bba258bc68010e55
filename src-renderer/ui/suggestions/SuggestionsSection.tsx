// The inspector's "Suggested links": passages of the case's other articles
// that repeat or contradict the selected claim, each linked in one click
// (marked as a claim and linked, one undo step) or dismissed for good.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseClaims } from '../../core/case-claims';
import type { ArticleSummary, Claim, LinkKind } from '../../core/model';
import { useApp } from '../app/app-context';
import { useSuggestions } from './use-suggestions';
import { useSuggestionActions } from './use-suggestion-actions';
import { visibleSuggestions, type ShownSuggestion } from './visible-suggestions';
import { SS } from './strings';
import './suggestions.css';

interface Props {
  claim: Claim;
  claims: CaseClaims;
  articles: ArticleSummary[];
}

const short = (text: string, n = 220) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function SuggestionsSection({ claim, claims, articles }: Props) {
  const { repos, notify } = useApp();
  const state = useSuggestions(claim, articles);
  const links = useLiveQuery(() => repos.links.ofClaim(claim.id), [claim.id]);
  const dismissed = useLiveQuery(() => repos.db.dismissed.where('claimId').equals(claim.id).toArray(), [claim.id]);
  const { accept, dismiss } = useSuggestionActions();
  const [busy, setBusy] = useState(false);
  const articleById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const shown = useMemo(
    () => (state.status === 'ready' && links && dismissed ? visibleSuggestions(state.suggestions, claim, claims, links, dismissed) : null),
    [state, claim, claims, links, dismissed],
  );

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      notify((e as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  const link = (s: ShownSuggestion, kind: LinkKind) =>
    void run(async () => {
      // The passage is marked on the article's text, read when the reviewer links it.
      const article = await repos.articles.get(s.articleId);
      if (article) await accept(claim, s, article, kind);
    });

  return (
    <section className="fm-section fm-suggestions" data-section="suggestions" aria-labelledby="fm-suggestions-heading">
      <h3 id="fm-suggestions-heading" className="fm-section-title">
        {SS.title}
      </h3>
      {state.status === 'failed' && <p className="fm-hint">{SS.failed(state.message)}</p>}
      {state.status !== 'failed' && !shown && <p className="fm-hint" aria-busy="true">{SS.loading}</p>}
      {shown?.length === 0 && <p className="fm-hint">{SS.none}</p>}
      {shown && shown.length > 0 && (
        <ul className="fm-suggestion-list" aria-label={SS.listLabel}>
          {shown.map((s) => {
            const article = articleById.get(s.articleId);
            const source = article ? [article.outlet, article.title || SS.untitled].filter(Boolean).join(' · ') : '';
            return (
              <li key={`${s.articleId}:${s.start}`} className={`fm-suggestion fm-suggestion-${s.relation}`} aria-label={short(s.text, 80)}>
                <p className="fm-suggestion-head">
                  <span className="fm-suggestion-relation">{SS.relation[s.relation]}</span>
                  <span className="fm-suggestion-score" title={SS.scoreLabel}>
                    {SS.score(s.score)}
                  </span>
                  <span className="fm-meta fm-suggestion-source">{source}</span>
                </p>
                <blockquote className="fm-suggestion-text">{short(s.text)}</blockquote>
                {s.existing && <p className="fm-meta fm-suggestion-existing">{SS.existing}</p>}
                <div className="fm-suggestion-actions">
                  <button type="button" className={`fm-button fm-small${s.relation === 'same' ? ' fm-primary' : ''}`} disabled={busy} onClick={() => link(s, 'same')}>
                    {SS.linkSame}
                  </button>
                  <button type="button" className={`fm-button fm-small${s.relation === 'contradicts' ? ' fm-primary' : ''}`} disabled={busy} onClick={() => link(s, 'contradicts')}>
                    {SS.linkContradicts}
                  </button>
                  <button type="button" className="fm-link-button fm-suggestion-dismiss" disabled={busy} onClick={() => void run(() => dismiss(claim, s))}>
                    {SS.dismiss}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
