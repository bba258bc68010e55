// What the renderings of an article (ArticleView for reading and marking,
// ArticleEditor for correcting the text) do with its highlights once they are
// DOM: find a claim's marks, repaint them when verdict colours or the selected
// claim change, open a claim from a click, and the reader's handle on the
// selection and on scrolling. They work on the rendered root element alone.
import { useEffect, useRef } from 'react';
import type { ArticleBlock } from '../core/model';
import type { Span } from '../core/anchoring/describe';
import { paintMark, type ColorOf } from './claim-mark-styles';
import { selectionToSpan, spanToRange } from './dom-offsets';

export function marksOf(root: HTMLElement | null, claimId: string): HTMLElement[] {
  if (!root) return [];
  // `~=` matches one word of the space-separated list, so overlapping marks are found too.
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(claimId)}"]`));
}

/** Repaints when verdict colours or the selected claim change: every mark for new colours, only the marks of the claims selected before and now for a new selection. */
export function useMarkRepaint(root: () => HTMLElement | null, colorOf: ColorOf, selectedClaimId: string | null): void {
  const lastPaint = useRef({ colorOf, selectedClaimId });
  useEffect(() => {
    const el = root();
    if (!el) return;
    const last = lastPaint.current;
    lastPaint.current = { colorOf, selectedClaimId };
    const marks =
      last.colorOf === colorOf
        ? [last.selectedClaimId, selectedClaimId].flatMap((id) => (id ? marksOf(el, id) : []))
        : Array.from(el.querySelectorAll<HTMLElement>('mark[data-claims]'));
    for (const mark of marks) paintMark(mark, mark.dataset.claims!.split(' '), colorOf, selectedClaimId);
  }, [root, colorOf, selectedClaimId]);
}

/** Clicking a highlight (not ending a selection) opens its claim or offers the overlapping ones. */
export function useMarkClicks(root: () => HTMLElement | null, onClaimsClicked: (claimIds: string[], at: { x: number; y: number }) => void): void {
  useEffect(() => {
    const el = root();
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return;
      const mark = (e.target as HTMLElement).closest?.('mark[data-claims]') as HTMLElement | null;
      if (mark) onClaimsClicked(mark.dataset.claims!.split(' '), { x: e.clientX, y: e.clientY });
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [root, onClaimsClicked]);
}

export interface SelectionHandle {
  /** The selected span of the article's plain text, if any. */
  selectionSpan(): Span | null;
  /** Scrolls a claim's highlight into view. */
  revealClaim(claimId: string): void;
  /** Selects a span of the article's text and scrolls it into view. */
  revealSpan(span: Span): void;
}

export function selectionHandle(root: () => HTMLElement | null, blocks: readonly ArticleBlock[]): SelectionHandle {
  return {
    selectionSpan() {
      const el = root();
      return el ? selectionToSpan(el, blocks, window.getSelection()) : null;
    },
    revealClaim(claimId) {
      const [first] = marksOf(root(), claimId);
      first?.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
    revealSpan(span) {
      const el = root();
      const range = el && spanToRange(el, blocks, span);
      if (!range) return;
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      (range.startContainer.parentElement ?? el).scrollIntoView({ block: 'center', behavior: 'auto' });
    },
  };
}
