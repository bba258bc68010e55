// Builds the Lexical document of an article from its blocks and claim spans,
// in one update, and reads blocks back out of an edited document. A block is
// one top-level node; a run covered by claims is a MarkNode with their ids.
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import type { ArticleBlock } from '../core/model';
import { headingLevel } from '../core/article-text';
import { textRuns, type ClaimSpan } from './claim-spans';

const LIST_ITEM_INDENT = 1;

function $createBlockNode(block: ArticleBlock): ElementNode {
  if (block.type === 'heading') {
    return $createHeadingNode(`h${headingLevel(block)}` as HeadingTagType);
  }
  if (block.type === 'quote') return $createQuoteNode();
  const p = $createParagraphNode();
  // List items stay paragraphs (one node per block keeps offsets simple);
  // the indent and a class mark them as list items.
  if (block.type === 'list-item') p.setIndent(LIST_ITEM_INDENT);
  return p;
}

/** Replaces a block node's children with runs of text and claim marks. */
export function $fillBlock(node: ElementNode, text: string, spans: readonly ClaimSpan[]): void {
  node.clear();
  const children: LexicalNode[] = [];
  for (const run of textRuns(text, spans)) {
    const t = $createTextNode(run.text);
    if (run.claimIds.length === 0) {
      children.push(t);
    } else {
      const mark = $createMarkNode(run.claimIds);
      mark.append(t);
      children.push(mark);
    }
  }
  node.append(...children);
}

/** Builds the whole document; call inside one editor.update. */
export function $buildArticle(blocks: readonly ArticleBlock[], spansPerBlock: readonly ClaimSpan[][]): void {
  const root = $getRoot();
  root.clear();
  const nodes = blocks.map((block, i) => {
    const node = $createBlockNode(block);
    $fillBlock(node, block.text, spansPerBlock[i] ?? []);
    return node;
  });
  root.append(...nodes);
}

/** Reads the blocks of an edited document (for text corrections). */
export function $readBlocks(previous: readonly ArticleBlock[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const node of $getRoot().getChildren()) {
    if (!$isElementNode(node)) continue;
    const text = node.getTextContent().replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if ($isHeadingNode(node)) blocks.push({ type: 'heading', level: Number(node.getTag().slice(1)), text });
    else if ($isQuoteNode(node)) blocks.push({ type: 'quote', text });
    else if (node.getIndent() >= LIST_ITEM_INDENT) {
      const ordered = previous.find((b) => b.type === 'list-item')?.ordered;
      blocks.push({ type: 'list-item', ...(ordered ? { ordered } : {}), text });
    } else blocks.push({ type: 'paragraph', text });
  }
  return blocks;
}
