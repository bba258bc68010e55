// The centre pane: the article's metadata, a toolbar with Mark claim, and
// the Lexical reader with highlights. Clicking overlapping highlights offers
// a choice of claims; a context menu on a selection offers Mark claim.
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Article, Case, Claim } from '../../core/model';
import { ratingColor } from '../../core/rating-scales';
import { ArticleEditor, type ArticleEditorHandle } from '../../editor/ArticleEditor';
import type { ClaimSpan } from '../../editor/claim-spans';
import { S } from '../app/strings';

export interface ArticleReaderHandle {
  markSelection(): void;
  revealClaim(claimId: string): void;
}

interface Props {
  theCase: Case;
  article: Article;
  claims: Claim[];
  selectedClaimId: string | null;
  onSelectClaim(id: string): void;
  onMark(article: Article, span: { start: number; end: number }): void;
  notify(message: string): void;
}

interface Chooser {
  ids: string[];
  x: number;
  y: number;
}

export const ArticleReader = forwardRef<ArticleReaderHandle, Props>(function ArticleReader(props, ref) {
  const { theCase, article, claims, selectedClaimId, onSelectClaim, onMark, notify } = props;
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);

  const spans: ClaimSpan[] = useMemo(
    () => claims.filter((c) => c.anchor.state === 'anchored').map((c) => ({ id: c.id, start: c.anchor.position.start, end: c.anchor.position.end })),
    [claims],
  );
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const colorOf = useCallback((id: string) => ratingColor(theCase.scale, byId.get(id)?.verdict?.ratingId), [theCase.scale, byId]);

  const markSelection = useCallback(() => {
    setMenu(null);
    const span = editorRef.current?.selectionSpan();
    if (!span) {
      notify(S.articles.selectFirst);
      return;
    }
    window.getSelection()?.removeAllRanges();
    onMark(article, span);
  }, [article, onMark, notify]);

  useImperativeHandle(ref, () => ({ markSelection, revealClaim: (id) => editorRef.current?.revealClaim(id) }), [markSelection]);

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
          <button type="button" className="fm-button fm-primary" onMouseDown={(e) => e.preventDefault()} onClick={markSelection} title={S.articles.markClaimHint}>
            {S.articles.markClaim}
          </button>
        </div>
      </header>
      <div
        className="fm-reader-body"
        onContextMenu={(e) => {
          if (editorRef.current?.selectionSpan()) {
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY });
          }
        }}
      >
        <ArticleEditor
          key={article.id + article.updatedAt}
          ref={editorRef}
          blocks={article.blocks}
          spans={spans}
          colorOf={colorOf}
          selectedClaimId={selectedClaimId}
          editing={false}
          label={S.articles.readerLabel(article.title)}
          onClaimsClicked={onClaimsClicked}
        />
      </div>
      {menu && (
        <div className="fm-popover" role="menu" style={{ left: menu.x, top: menu.y }} onMouseLeave={() => setMenu(null)}>
          <button type="button" role="menuitem" onMouseDown={(e) => e.preventDefault()} onClick={markSelection}>
            {S.articles.markClaim}
          </button>
        </div>
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
