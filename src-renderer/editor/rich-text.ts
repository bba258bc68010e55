// The adapter between a verdict rationale as stored (core RichText: blocks of
// paragraphs, quotes and list items holding bold/italic/link spans) and the
// Lexical document of the rationale editor. Links other than http(s) are
// kept as plain text, whichever way the content travels.
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import type { RichBlock, RichSpan, RichText } from '../core/model';

export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function $appendSpans(parent: ElementNode, spans: RichSpan[]): void {
  for (const span of spans) {
    if (!span.text) continue;
    const text = $createTextNode(span.text);
    if (span.bold) text.toggleFormat('bold');
    if (span.italic) text.toggleFormat('italic');
    if (span.link && isHttpUrl(span.link)) parent.append($createLinkNode(span.link).append(text));
    else parent.append(text);
  }
}

/** Replaces the editor's document with the rationale (call inside editor.update). */
export function $writeRichText(rich: RichText): void {
  const root = $getRoot();
  root.clear();
  let list: ListNode | null = null;
  for (const block of rich) {
    if (block.type === 'bullet' || block.type === 'number') {
      const listType = block.type === 'bullet' ? 'bullet' : 'number';
      if (!list || list.getListType() !== listType) {
        list = $createListNode(listType);
        root.append(list);
      }
      const item = $createListItemNode();
      $appendSpans(item, block.children);
      list.append(item);
      continue;
    }
    list = null;
    const node = block.type === 'quote' ? $createQuoteNode() : $createParagraphNode();
    $appendSpans(node, block.children);
    root.append(node);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function sameFormat(a: RichSpan, b: RichSpan): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.link === b.link;
}

function $readSpans(node: ElementNode, link?: string, out: RichSpan[] = []): RichSpan[] {
  for (const child of node.getChildren()) {
    if ($isLinkNode(child)) {
      const url = child.getURL();
      $readSpans(child, isHttpUrl(url) ? url : undefined, out);
      continue;
    }
    if ($isListNode(child)) continue;
    let span: RichSpan | null = null;
    if ($isTextNode(child)) {
      span = { text: child.getTextContent() };
      if (child.hasFormat('bold')) span.bold = true;
      if (child.hasFormat('italic')) span.italic = true;
    } else if ($isLineBreakNode(child)) span = { text: '\n' };
    else if ($isElementNode(child)) $readSpans(child, link, out);
    if (!span || !span.text) continue;
    if (link) span.link = link;
    const last = out[out.length - 1];
    if (last && sameFormat(last, span)) last.text += span.text;
    else out.push(span);
  }
  return out;
}

function $readList(list: ListNode, out: RichBlock[]): void {
  const type = list.getListType() === 'number' ? 'number' : 'bullet';
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const spans = $readSpans(item);
    if (spans.length) out.push({ type, children: spans });
    // Nested lists are flattened into the stored list, in reading order.
    for (const nested of item.getChildren()) if ($isListNode(nested)) $readList(nested, out);
  }
}

/** The editor's document as a rationale; blocks without text are left out. */
export function $readRichText(): RichText {
  const out: RichBlock[] = [];
  for (const node of $getRoot().getChildren() as LexicalNode[]) {
    if ($isListNode(node)) $readList(node, out);
    else if ($isElementNode(node)) {
      const spans = $readSpans(node);
      if (spans.length) out.push({ type: $isQuoteNode(node) ? 'quote' : 'paragraph', children: spans });
    }
  }
  return out;
}
