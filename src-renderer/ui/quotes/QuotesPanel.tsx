// The reader's "Quotes" panel: the open article's quoted statements and
// reported speech (core/quotes), each with its speaker, markable as a claim in
// one click with the claimant filled in, and shown in the text on demand.
import { useEffect, useMemo, useRef } from 'react';
import type { Article, Case, Claim } from '../../core/model';
import { findQuotes, type QuoteCandidate } from '../../core/quotes/find-quotes';
import { useClaimActions } from '../app/use-claim-actions';
import { claimOverSpan } from '../suggestions/visible-suggestions';
import { QS } from './strings';
import './quotes.css';

interface Props {
  theCase: Case;
  article: Article;
  claims: readonly Claim[];
  onSelectClaim(claimId: string): void;
  onJump(span: { start: number; end: number }): void;
  onClose(): void;
}

const short = (text: string, n = 200) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function QuotesPanel({ theCase, article, claims, onSelectClaim, onJump, onClose }: Props) {
  const quotes = useMemo(() => findQuotes(article.text), [article.text]);
  const { markClaim } = useClaimActions(theCase);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const mark = (q: QuoteCandidate) => {
    const marked = markClaim(article, q, { claimant: q.speaker });
    if (marked) onSelectClaim(marked.claim.id);
  };

  return (
    <div
      ref={panel}
      className="fm-quotes-panel"
      role="dialog"
      aria-label={QS.title}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="fm-quotes-head">
        <h2>{QS.title}</h2>
        <span className="fm-meta" role="status">
          {QS.count(quotes.length)}
        </span>
        <button type="button" className="fm-icon-button fm-small" aria-label={QS.close} onClick={onClose}>
          ×
        </button>
      </div>
      {quotes.length === 0 && <p className="fm-hint">{QS.none}</p>}
      <ol className="fm-quotes-list" aria-label={QS.listLabel}>
        {quotes.map((q) => {
          const marked = claimOverSpan(claims, q);
          return (
            <li key={`${q.start}:${q.end}`} className="fm-quote-item" data-marked={marked ? 'true' : undefined} aria-label={short(q.text, 80)}>
              <p className="fm-quote-meta">
                <span className="fm-quote-speaker">{q.speaker || QS.noSpeaker}</span>
                <span className="fm-quote-kind">{QS.kind[q.kind]}</span>
              </p>
              <button type="button" className="fm-quote-text" title={QS.jump} onClick={() => onJump(q)}>
                {short(q.text)}
              </button>
              <div className="fm-quote-actions">
                {marked ? (
                  <>
                    <span className="fm-quote-marked">{QS.marked}</span>
                    <button type="button" className="fm-link-button" onClick={() => onSelectClaim(marked.id)}>
                      {QS.openClaim}
                    </button>
                  </>
                ) : (
                  <button type="button" className="fm-button fm-small" onClick={() => void mark(q)}>
                    {QS.mark}
                  </button>
                )}
                <button type="button" className="fm-link-button" onClick={() => onJump(q)}>
                  {QS.jump}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
