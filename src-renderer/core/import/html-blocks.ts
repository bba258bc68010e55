// Turns a sanitised HTML tree into article blocks: headings with their level,
// paragraphs, block quotes and list items (nesting flattened, numbered or not).
// Link text stays as text; menus, asides and footers are left out. Walks with
// an explicit stack so deeply nested markup cannot overflow the call stack.
import type { ArticleBlock } from '../model';
import { cleanMarkupText } from './clean-text';
import { type DomNode, TEXT_NODE, isElement } from './dom-types';

/** The block that text at this point of the tree belongs to, and the kind of the nearest list. */
interface BlockContext {
  block: Omit<ArticleBlock, 'text'>;
  orderedList: boolean;
}

const PARAGRAPH: BlockContext = { block: { type: 'paragraph' }, orderedList: false };
const SKIPPED = new Set(['nav', 'aside', 'footer', 'script', 'style', 'template', 'noscript', 'form', 'button', 'select', 'textarea', 'svg', 'math', 'iframe', 'object', 'head', 'title']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'body', 'html', 'figure', 'figcaption', 'pre', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'address', 'center', 'hgroup', 'details', 'summary', 'hr',
]);
const HEADING = /^h([1-6])$/;

type Task = { node: DomNode; context: BlockContext } | { endOfBlock: true };

export function htmlToBlocks(root: DomNode): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let pending = '';
  let pendingContext: BlockContext = PARAGRAPH;

  const flush = () => {
    // Two line breaks in a row end a paragraph in pages that use <br><br>.
    for (const part of pending.split(/\n[ \t\u00A0]*\n/)) {
      const text = cleanMarkupText(part);
      if (text) blocks.push({ ...pendingContext.block, text });
    }
    pending = '';
  };

  const stack: Task[] = [{ node: root, context: PARAGRAPH }];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if ('endOfBlock' in task) {
      flush();
      continue;
    }
    const { node, context } = task;
    if (node.nodeType === TEXT_NODE) {
      if (pendingContext !== context && pending.trim()) flush();
      pending += node.textContent ?? '';
      pendingContext = context;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      pending += '\n';
      continue;
    }
    const childContext = contextFor(tag, context);
    if (childContext !== context || BLOCKS.has(tag)) {
      flush();
      stack.push({ endOfBlock: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], context: childContext });
  }
  flush();
  return blocks;
}

function contextFor(tag: string, parent: BlockContext): BlockContext {
  const heading = HEADING.exec(tag);
  if (heading) return { ...parent, block: { type: 'heading', level: Number(heading[1]) } };
  if (tag === 'blockquote') return { ...parent, block: { type: 'quote' } };
  if (tag === 'ol') return { ...parent, orderedList: true };
  if (tag === 'ul' || tag === 'menu') return { ...parent, orderedList: false };
  if (tag === 'li') return { ...parent, block: { type: 'list-item', ordered: parent.orderedList } };
  return parent;
}
