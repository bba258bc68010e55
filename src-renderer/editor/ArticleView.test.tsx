// @vitest-environment jsdom
// The read-only article view in a DOM: the editor's elements and classes,
// painted highlights, hostile text kept as text, and a claim marked or deleted
// rebuilding only its block.
import { act, createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../core/model';
import type { ArticleTextHandle } from './ArticleEditor';
import { ArticleView } from './ArticleView';
import type { ClaimSpan } from './claim-spans';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no CSS namespace; the ids here need no escaping beyond quotes and backslashes.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };

const blocks: ArticleBlock[] = [
  { type: 'heading', level: 2, text: 'Trump and Putin at APEC' },
  { type: 'paragraph', text: 'He said he absolutely did not meddle in our election.' },
  { type: 'quote', text: '<img src=x onerror=alert(1)> is not markup here' },
  { type: 'list-item', text: 'Syria was discussed.' },
];
// Offsets in the article text: blocks joined by blank lines.
const at = (text: string) => blocks.map((b) => b.text).join('\n\n').indexOf(text);
const span = (id: string, text: string): ClaimSpan => ({ id, start: at(text), end: at(text) + text.length });
const colorOf = (id: string) => (id === 'false-claim' ? '#d32f2f' : '#9e9e9e');

let host: HTMLDivElement;
let root: ReturnType<typeof createRoot>;
let ref: React.RefObject<ArticleTextHandle | null>;
let clicked: string[][];
beforeEach(() => {
  host = document.createElement('div');
  root = createRoot(host);
  ref = createRef<ArticleTextHandle>();
  clicked = [];
});
afterEach(() => act(() => root.unmount()));

function render(spans: ClaimSpan[]) {
  const props = { ref, blocks, spans, colorOf, selectedClaimId: 'false-claim', label: 'Article text: APEC', onClaimsClicked: (ids: string[]) => clicked.push(ids) };
  act(() => root.render(createElement(ArticleView, props)));
  return host.querySelector<HTMLElement>('.fm-article-text')!;
}

describe('ArticleView', () => {
  it('renders the blocks as the editor does, with painted highlights, and keeps hostile text as text', () => {
    const text = render([span('false-claim', 'did not meddle'), span('other', 'Syria')]);
    expect([...text.children].map((el) => `${el.tagName.toLowerCase()}.${el.className}`)).toEqual(['h2.fm-h2', 'p.fm-p', 'blockquote.fm-quote', 'p.fm-p fm-indent']);
    expect([...text.children].every((el) => el.getAttribute('dir') === 'auto')).toBe(true);
    expect(text.getAttribute('contenteditable')).toBe('false');
    expect(text.getAttribute('aria-label')).toBe('Article text: APEC');
    const marks = [...text.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.dataset.claims])).toEqual([
      ['did not meddle', 'false-claim'],
      ['Syria', 'other'],
    ]);
    expect(marks[0].classList.contains('fm-mark-selected')).toBe(true);
    expect(text.querySelector('img')).toBeNull();
    expect(text.children[2].textContent).toBe(blocks[2].text);
    expect(text.textContent).toBe(blocks.map((b) => b.text).join(''));
  });

  it('rebuilds only the block whose claims changed, and opens a claim from its highlight', () => {
    const text = render([span('false-claim', 'did not meddle')]);
    const [heading, paragraph, quote, item] = [...text.children];
    // A claim marked ahead of the claims list (showSpans), then the list catching up (the prop).
    act(() => ref.current!.showSpans([span('false-claim', 'did not meddle'), span('new', 'Syria was')]));
    expect(text.children[3]).toBe(item);
    expect(item.querySelector('mark')?.dataset.claims).toBe('new');
    render([span('false-claim', 'did not meddle'), span('new', 'Syria was')]);
    expect([...text.children]).toEqual([heading, paragraph, quote, item]);
    // Deleted: its highlight goes; the other blocks are untouched.
    const paragraphMark = paragraph.querySelector('mark');
    render([span('false-claim', 'did not meddle')]);
    expect(item.querySelector('mark')).toBeNull();
    expect(paragraph.querySelector('mark')).toBe(paragraphMark);

    paragraphMark!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toEqual([['false-claim']]);
    expect(ref.current!.readBlocks()).toEqual(blocks);
  });
});
