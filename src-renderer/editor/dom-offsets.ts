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
