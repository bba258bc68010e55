// Maps a DOM selection inside the rendered article to plain-text offsets.
// Each top-level child of the editor root is one block, and the text of a
// block's DOM is exactly the block's text, so offsets follow from ranges.
import { blockOffsets } from '../core/article-text';
import type { ArticleBlock } from '../core/model';
import type { Span } from '../core/anchoring/describe';

function blockIndexOf(root: HTMLElement, node: Node): number {
  let n: Node | null = node;
  while (n && n.parentNode !== root) n = n.parentNode;
  if (!n) return -1;
  return Array.prototype.indexOf.call(root.children, n);
}

function pointToOffset(root: HTMLElement, blocks: readonly ArticleBlock[], starts: number[], node: Node, offset: number): number | null {
  if (node === root) {
    if (offset >= root.children.length) return starts.length ? starts[starts.length - 1] + blocks[blocks.length - 1].text.length : 0;
    return starts[offset] ?? 0;
  }
  const index = blockIndexOf(root, node);
  if (index < 0 || index >= blocks.length) return null;
  const blockEl = root.children[index];
  const range = document.createRange();
  range.setStart(blockEl, 0);
  range.setEnd(node, offset);
  const within = Math.min(range.toString().length, blocks[index].text.length);
  return starts[index] + within;
}

/** The selected span of the article, or null when nothing inside it is selected. */
export function selectionToSpan(root: HTMLElement, blocks: readonly ArticleBlock[], selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const starts = blockOffsets(blocks);
  const start = pointToOffset(root, blocks, starts, range.startContainer, range.startOffset);
  const end = pointToOffset(root, blocks, starts, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM point at `offset` characters into a block element's text. */
function pointInBlock(blockEl: Element, offset: number): [Node, number] {
  const walker = blockEl.ownerDocument.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (offset <= seen + n.data.length) return [n, offset - seen];
    seen += n.data.length;
    last = n;
  }
  return last ? [last, last.data.length] : [blockEl, 0];
}

/** A DOM range over a span of the article's plain text, or null when the span is outside it. */
export function spanToRange(root: HTMLElement, blocks: readonly ArticleBlock[], span: Span): Range | null {
  const starts = blockOffsets(blocks);
  const blockAt = (offset: number) => {
    for (let i = blocks.length - 1; i >= 0; i--) if (starts[i] <= offset) return i;
    return -1;
  };
  const first = blockAt(span.start);
  const last = blockAt(Math.max(span.start, span.end - 1));
  if (first < 0 || last < 0 || !root.children[first] || !root.children[last]) return null;
  const range = document.createRange();
  range.setStart(...pointInBlock(root.children[first], Math.min(span.start - starts[first], blocks[first].text.length)));
  range.setEnd(...pointInBlock(root.children[last], Math.min(span.end - starts[last], blocks[last].text.length)));
  return range;
}
