// The article as the reviewer reads and marks it: its blocks and claim
// highlights rendered straight to DOM in one go, about as fast as the same
// HTML loaded statically, and rebuilt block by block as claims change (a claim
// marked, deleted, undone). The same elements and classes as the editor's
// (ArticleEditor), which is mounted only to correct the text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { ArticleBlock } from '../core/model';
import { headingLevel } from '../core/article-text';
import { BlockSpans } from './block-spans';
import { textRuns, type ClaimSpan } from './claim-spans';
import { paintMark, type ColorOf } from './claim-mark-styles';
import { selectionHandle, useMarkClicks, useMarkRepaint } from './claim-marks-dom';
import type { ArticleTextHandle, ArticleTextProps } from './ArticleEditor';

interface ArticleViewProps extends ArticleTextProps {
  onClaimsClicked(claimIds: string[], at: { x: number; y: number }): void;
}

interface Paint {
  colorOf: ColorOf;
  selectedClaimId: string | null;
}

/** The element of a block, as the editor renders it, its direction taken from its own text (an Arabic or Hebrew passage reads right to left). */
function blockElement(block: ArticleBlock): HTMLElement {
  const el = blockTag(block);
  el.dir = 'auto';
  return el;
}

function blockTag(block: ArticleBlock): HTMLElement {
  if (block.type === 'heading') {
    const level = headingLevel(block);
    const h = document.createElement(`h${level}`);
    h.className = `fm-h${level}`;
    return h;
  }
  if (block.type === 'quote') {
    const q = document.createElement('blockquote');
    q.className = 'fm-quote';
    return q;
  }
  const p = document.createElement('p');
  p.className = 'fm-p';
  // List items stay paragraphs, indented one step (as the editor indents them).
  if (block.type === 'list-item') {
    p.classList.add('fm-indent');
    p.style.paddingInlineStart = 'calc(1 * var(--lexical-indent-base-value, 40px))';
  }
  return p;
}

/** A block's text as runs of plain text and painted claim marks. Text goes in as text nodes: never parsed as markup. */
function runNodes(text: string, spans: readonly ClaimSpan[], paint: Paint): Node[] {
  return textRuns(text, spans).map((run) => {
    if (run.claimIds.length === 0) return document.createTextNode(run.text);
    const mark = document.createElement('mark');
    mark.className = 'fm-mark';
    mark.append(document.createTextNode(run.text));
    paintMark(mark, run.claimIds, paint.colorOf, paint.selectedClaimId);
    return mark;
  });
}

export const ArticleView = forwardRef<ArticleTextHandle, ArticleViewProps>(function ArticleView({ blocks, spans, colorOf, selectedClaimId, label, onClaimsClicked }, ref) {
  const rootRef = useRef<HTMLDivElement>(null);
  const paint = useRef<Paint>({ colorOf, selectedClaimId });
  paint.current = { colorOf, selectedClaimId };
  const latestSpans = useRef(spans);
  latestSpans.current = spans;
  const shown = useRef<BlockSpans | null>(null);

  // The whole article at once, before the first paint.
  useLayoutEffect(() => {
    const root = rootRef.current!;
    const perBlock = new BlockSpans(blocks, latestSpans.current);
    const all = document.createDocumentFragment();
    blocks.forEach((block, i) => {
      const el = blockElement(block);
      el.append(...runNodes(block.text, perBlock.of(i), paint.current));
      all.append(el);
    });
    root.replaceChildren(all);
    shown.current = perBlock;
  }, [blocks]);

  const showSpans = useCallback(
    (next: readonly ClaimSpan[]) => {
      const root = rootRef.current;
      const perBlock = shown.current;
      if (!root || perBlock?.blocks !== blocks) return;
      for (const i of perBlock.update(next)) root.children[i].replaceChildren(...runNodes(blocks[i].text, perBlock.of(i), paint.current));
    },
    [blocks],
  );
  useEffect(() => showSpans(spans), [showSpans, spans]);

  const root = useCallback(() => rootRef.current, []);
  useMarkRepaint(root, colorOf, selectedClaimId);
  useMarkClicks(root, onClaimsClicked);

  useImperativeHandle(ref, () => ({ ...selectionHandle(root, blocks), readBlocks: () => blocks.map((b) => ({ ...b })), showSpans }), [root, blocks, showSpans]);

  return <div ref={rootRef} className="fm-article-text" role="document" aria-label={label} contentEditable={false} spellCheck={false} />;
});
