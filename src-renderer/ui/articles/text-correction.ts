// Saving a correction of an article's text: re-anchor every claim to the new
// text (moved when found with confidence, flagged for review otherwise), then
// store text and anchors in one transaction, with an undo entry.
import { useCallback } from 'react';
import type { Article, ArticleBlock, Claim } from '../../core/model';
import { blocksToText } from '../../core/article-text';
import { reanchorClaims } from '../../core/anchoring/reanchor';
import { describeAnchor, trimSpan, type Span } from '../../core/anchoring/describe';
import { useApp } from '../app/app-context';

export interface CorrectionResult {
  moved: number;
  flagged: number;
}

export function useTextCorrection() {
  const { repos, undo } = useApp();

  const saveCorrection = useCallback(
    async (article: Article, blocks: ArticleBlock[]): Promise<CorrectionResult | null> => {
      const newText = blocksToText(blocks);
      if (!newText.trim()) return null;
      if (newText === article.text) return { moved: 0, flagged: 0 };
      // The claims as stored, not as the screen last showed them: views catch up with a claim
      // just marked a moment later, and a claim left out here would keep offsets into the old text.
      const claims = await repos.claims.listByArticle(article.id);
      const reanchored = reanchorClaims(
        article.text,
        newText,
        claims.map((c) => ({ id: c.id, anchor: c.anchor })),
      );
      const before = claims.map((c) => ({ id: c.id, anchor: c.anchor }));
      const after = reanchored.map((r) => ({ id: r.id, anchor: r.anchor }));
      await repos.articles.replaceText(article.id, blocks, after);
      undo.push({
        label: 'Correct article text',
        undo: () => repos.articles.replaceText(article.id, article.blocks, before),
        redo: () => repos.articles.replaceText(article.id, blocks, after),
      });
      const flagged = reanchored.filter((r) => r.anchor.state === 'needs-review').length;
      return { moved: reanchored.length - flagged, flagged };
    },
    [repos, undo],
  );

  /** Attaches a flagged claim to the span the reviewer selected. */
  const reattach = useCallback(
    async (article: Article, claim: Claim, span: Span) => {
      const anchor = describeAnchor(article.text, trimSpan(article.text, span));
      const previous = claim.anchor;
      await repos.claims.setAnchors([{ id: claim.id, anchor }]);
      undo.push({
        label: 'Re-attach claim',
        undo: () => repos.claims.setAnchors([{ id: claim.id, anchor: previous }]),
        redo: () => repos.claims.setAnchors([{ id: claim.id, anchor }]),
      });
    },
    [repos, undo],
  );

  return { saveCorrection, reattach };
}
