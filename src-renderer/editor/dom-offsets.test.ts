// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../core/model';
import { selectionToSpan, spanToRange } from './dom-offsets';

const blocks: ArticleBlock[] = [
  { type: 'paragraph', text: '“I just asked him again,” Trump said.' },
  { type: 'paragraph', text: 'He said he didn’t meddle.' },
];
const text = blocks.map((b) => b.text).join('\n\n');

/** The reader's DOM: one element per block, text split across marks as highlights split it. */
function render(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<p><span>“I just </span><mark>asked him again,”</mark><span> Trump said.</span></p><p><span>He said he didn’t meddle.</span></p>';
  document.body.replaceChildren(root);
  return root;
}

describe('spanToRange', () => {
  it('covers exactly the span, across marks and across blocks', () => {
    const root = render();
    for (const wanted of ['asked him again', 'I just asked', 'Trump said.\n\nHe said', 'meddle.']) {
      const start = text.indexOf(wanted);
      const range = spanToRange(root, blocks, { start, end: start + wanted.length })!;
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      expect(selectionToSpan(root, blocks, selection)).toEqual({ start, end: start + wanted.length });
    }
  });

  it('returns null for a span outside the rendered blocks', () => {
    expect(spanToRange(render(), [], { start: 0, end: 3 })).toBeNull();
  });
});
