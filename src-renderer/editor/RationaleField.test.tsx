// @vitest-environment jsdom
// The rationale in the inspector: drawn as static rich text with the editor's
// elements and classes until the reviewer focuses it, then the Lexical editor
// with the same content, focused.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichText } from '../core/model';
import { RationaleField } from './RationaleField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const labels = { field: 'Rationale', toolbar: 'Formatting', bold: 'Bold', italic: 'Italic', link: 'Link', bullets: 'Bulleted list', numbers: 'Numbered list', quote: 'Quote' };
const rich: RichText = [
  { type: 'paragraph', children: [{ text: 'The Kremlin ' }, { text: 'denied', bold: true }, { text: ' it.', italic: true }] },
  { type: 'bullet', children: [{ text: 'See the readout', link: 'https://www.kremlin.ru/events' }] },
  { type: 'bullet', children: [{ text: 'and the pool report' }] },
  { type: 'quote', children: [{ text: 'No such conversation', link: 'javascript:alert(1)' }] },
];

let host: HTMLDivElement;
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('RationaleField', () => {
  it('shows the stored text with the editor’s elements and no editor, until it is focused', async () => {
    act(() => root.render(createElement(RationaleField, { initial: rich, labels, onChange: () => undefined, askUrl: async () => null })));
    const box = host.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(box.getAttribute('aria-label')).toBe('Rationale');
    expect(box.querySelector('[contenteditable]')).toBeNull();
    expect(box.getAttribute('contenteditable')).toBeNull();
    expect(box.querySelector('p.fm-rt-p strong.fm-rt-bold')?.textContent).toBe('denied');
    expect(box.querySelector('p.fm-rt-p em.fm-rt-italic')?.textContent).toBe(' it.');
    expect([...box.querySelectorAll('ul.fm-rt-ul > li.fm-rt-li')].map((li) => li.textContent)).toEqual(['See the readout', 'and the pool report']);
    expect(box.querySelector('ul a.fm-rt-link')?.textContent).toBe('See the readout');
    // Not a place to follow links from; and only http(s) links are links at all.
    expect(box.querySelector('a[href]')).toBeNull();
    expect(box.querySelector('blockquote.fm-rt-quote')?.textContent).toBe('No such conversation');
    expect(box.querySelector('blockquote a')).toBeNull();
    expect(host.querySelectorAll('[role="toolbar"] button')).toHaveLength(6);

    await act(async () => box.focus());
    const editor = host.querySelector<HTMLElement>('[role="textbox"][contenteditable="true"]')!;
    expect(editor).not.toBeNull();
    expect(editor.getAttribute('aria-label')).toBe('Rationale');
    expect(editor.textContent).toContain('The Kremlin denied it.');
    expect(editor.querySelector('ul li a')?.getAttribute('href')).toBe('https://www.kremlin.ru/events');
  });

  it('shows an empty rationale as an empty paragraph', () => {
    act(() => root.render(createElement(RationaleField, { initial: [], labels, onChange: () => undefined, askUrl: async () => null })));
    const box = host.querySelector('[role="textbox"]')!;
    expect(box.textContent).toBe('');
    expect(box.querySelectorAll('p.fm-rt-p')).toHaveLength(1);
  });
});
