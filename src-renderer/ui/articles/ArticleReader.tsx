// The centre pane: the article's metadata, a toolbar with Mark claim, and
// the Lexical reader with highlights. Clicking overlapping highlights offers
// a choice of claims; a context menu on a selection offers Mark claim.
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Article, Case, Claim } from '../../core/model';
import { ratingColor } from '../../core/rating-scales';
import { ArticleEditor, type ArticleTextHandle } from '../../editor/ArticleEditor';
import { ArticleView } from '../../editor/ArticleView';
import type { ClaimSpan } from '../../editor/claim-spans';
import type { MarkedClaim } from '../app/use-claim-actions';
import { S } from '../app/strings';
import { useApp } from '../app/app-context';
import { AS } from './strings';
import { useTextCorrection } from './text-correction';
import { ReviewQueue } from './ReviewQueue';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { QS } from '../quotes/strings';
import { useStableValue } from '../shared/use-stable-value';

export interface ArticleReaderHandle {
  markSelection(): void;
  revealClaim(claimId: string): void;
}

interface Props {
  theCase: Case;
  article: Article;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  onSelectClaim(id: string): void;
  /** Marks a claim and returns it at once (its write may still be committing), or null. */
  onMark(article: Article, span: { start: number; end: number }): MarkedClaim | null;
  onDeleteClaim(claimId: string): void;
  notify(message: string): void;
}

interface Chooser {
  ids: string[];
  x: number;
  y: number;
}

export const ArticleReader = forwardRef<ArticleReaderHandle, Props>(function ArticleReader(props, ref) {
  const { theCase, article, claims, selectedClaimId, onSelectClaim, onMark, onDeleteClaim, notify } = props;
  const { repos } = useApp();
  const editorRef = useRef<ArticleTextHandle>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [quotesOpen, setQuotesOpen] = useState(false);
  const { saveCorrection, reattach } = useTextCorrection();
  const flagged = useMemo(() => claims.filter((c) => c.anchor.state === 'needs-review'), [claims]);

  const finishEditing = useCallback(
    async (save: boolean) => {
      if (save) {
        const blocks = editorRef.current?.readBlocks() ?? [];
        const result = await saveCorrection(article, blocks);
        if (!result) {
          notify(AS.emptyText);
          return;
        }
        notify(AS.saved(result.moved, result.flagged));
      }
      // The view that takes the editor's place renders the stored text afresh.
      setEditing(false);
    },
    [article, saveCorrection, notify],
  );

  const reattachToSelection = useCallback(
    async (claim: Claim) => {
      const span = editorRef.current?.selectionSpan();
      if (!span) {
        notify(AS.selectFirst);
        return;
      }
      await reattach(article, claim, span);
      window.getSelection()?.removeAllRanges();
      onSelectClaim(claim.id);
      notify(AS.reattached);
    },
    [article, reattach, notify, onSelectClaim],
  );

  const spans: ClaimSpan[] = useMemo(
    () => claims.filter((c) => c.anchor.state === 'anchored').map((c) => ({ id: c.id, start: c.anchor.position.start, end: c.anchor.position.end })),
    [claims],
  );
  // The spans of the latest render, for a highlight taken back after the render that made it.
  const shownSpans = useRef(spans);
  shownSpans.current = spans;
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // A new colorOf repaints every highlight, so it changes only when the scale or some rating
  // does, not with each new claims array (a claim marked, a note typed, the case re-read).
  const ratings = useStableValue(useMemo(() => Object.fromEntries(claims.flatMap((c) => (c.verdict?.ratingId ? [[c.id, c.verdict.ratingId]] : []))) as Record<string, string>, [claims]));
  const scale = useStableValue(theCase.scale);
  const colorOf = useMemo(() => (id: string) => ratingColor(scale, ratings[id]), [scale, ratings]);

  const markSelection = useCallback(() => {
    setMenu(null);
    if (editing) return;
    const span = editorRef.current?.selectionSpan();
    if (!span) {
      notify(S.articles.selectFirst);
      return;
    }
    window.getSelection()?.removeAllRanges();
    const marked = onMark(article, span);
    if (!marked) return;
    // Paint the highlight now; the claims list catches up in a later render.
    const { claim } = marked;
    editorRef.current?.showSpans([...spans, { id: claim.id, start: claim.anchor.position.start, end: claim.anchor.position.end }]);
    // A claim whose write failed is taken back: so is its highlight, even if the list never showed it.
    void marked.saved.then((stored) => stored || editorRef.current?.showSpans(shownSpans.current));
  }, [article, onMark, notify, editing, spans]);

  useImperativeHandle(ref, () => ({ markSelection, revealClaim: (id) => editorRef.current?.revealClaim(id) }), [markSelection]);

  // The text as read and marked (ArticleView), or as corrected (ArticleEditor): the same elements, one handle.
  const textKey = `${article.id}:${article.updatedAt}`;
  const textProps = {
    ref: editorRef,
    blocks: article.blocks,
    spans,
    colorOf,
    selectedClaimId,
    label: S.articles.readerLabel(article.title),
  };

  const onClaimsClicked = useCallback(
    (ids: string[], at: { x: number; y: number }) => {
      if (ids.length === 1) onSelectClaim(ids[0]);
      else setChooser({ ids, x: at.x, y: at.y });
    },
    [onSelectClaim],
  );

  return (
    <section className="fm-reader" aria-label={article.title}>
      <header className="fm-reader-header">
        <div className="fm-reader-meta">
          <h1>{article.title || S.articles.untitled}</h1>
          <p>{[article.outlet, article.author, article.publishedDate].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="fm-toolbar" role="toolbar" aria-label="Article tools">
          {editing ? (
            <>
              <button type="button" className="fm-button" onClick={() => void finishEditing(false)}>
                {AS.cancel}
              </button>
              <button type="button" className="fm-button fm-primary" onClick={() => void finishEditing(true)}>
                {AS.save}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="fm-button" aria-pressed={quotesOpen} title={QS.buttonHint} onClick={() => setQuotesOpen((open) => !open)}>
                {QS.button}
              </button>
              <button type="button" className="fm-button" onClick={() => setDetailsOpen(true)}>
                {AS.details}
              </button>
              <button type="button" className="fm-button" aria-pressed={false} title={AS.editHint} onClick={() => setEditing(true)}>
                {AS.editText}
              </button>
              <button type="button" className="fm-button fm-primary" onMouseDown={(e) => e.preventDefault()} onClick={markSelection} title={S.articles.markClaimHint}>
                {S.articles.markClaim}
              </button>
            </>
          )}
        </div>
      </header>
      {editing && (
        <p className="fm-edit-banner" role="status">
          {AS.editingBanner}
        </p>
      )}
      {!editing && <ReviewQueue claims={flagged} onReattach={(c) => void reattachToSelection(c)} onDelete={(c) => onDeleteClaim(c.id)} />}
      <div
        className="fm-reader-body"
        onContextMenu={(e) => {
          if (!editing && editorRef.current?.selectionSpan()) {
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY });
          }
        }}
      >
        {editing ? <ArticleEditor key={textKey} {...textProps} /> : <ArticleView key={textKey} {...textProps} onClaimsClicked={onClaimsClicked} />}
      </div>
      {menu && (
        <div className="fm-popover" role="menu" style={{ left: menu.x, top: menu.y }} onMouseLeave={() => setMenu(null)}>
          <button type="button" role="menuitem" onMouseDown={(e) => e.preventDefault()} onClick={markSelection}>
            {S.articles.markClaim}
          </button>
        </div>
      )}
      {quotesOpen && !editing && (
        <QuotesPanel
          theCase={theCase}
          article={article}
          claims={claims}
          onSelectClaim={onSelectClaim}
          onJump={(span) => editorRef.current?.revealSpan(span)}
          onClose={() => setQuotesOpen(false)}
        />
      )}
      {detailsOpen && (
        <ArticleDetailsDialog
          article={article}
          onClose={() => setDetailsOpen(false)}
          onSave={(patch) => {
            void repos.articles.updateMetadata(article.id, patch).then(() => setDetailsOpen(false));
          }}
        />
      )}
      {chooser && (
        <div className="fm-popover" role="menu" aria-label={S.inspector.choose} style={{ left: chooser.x, top: chooser.y }} onMouseLeave={() => setChooser(null)}>
          <p className="fm-popover-title">{S.inspector.choose}</p>
          {chooser.ids.map((id) => (
            <button
              type="button"
              role="menuitem"
              key={id}
              onClick={() => {
                setChooser(null);
                onSelectClaim(id);
              }}
            >
              <span className="fm-swatch" style={{ background: colorOf(id) }} />
              {byId.get(id)?.anchor.quote.exact.slice(0, 80)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
});
