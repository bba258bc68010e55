import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { importHtmlPage } from './html-import';
import { importMarkdown } from './markdown-import';
import { importPaste } from './paste';
import type { ImportFileResult } from './types';
import { XSS_MARKER, XSS_VECTORS } from './fixtures/xss-vectors';

// Scripts disabled, as in the app's wiring; a marker function on both globals
// records any call, and any assignment replaces it.
const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
const calls: string[] = [];
const marker = () => calls.push('called');
const watched = [window as unknown as Record<string, unknown>, globalThis as Record<string, unknown>];
for (const scope of watched) scope[XSS_MARKER] = marker;
const deps = createNodeImportDeps({ window });

const TAG_LIKE = /<\s*\/?\s*[a-z!?]/i;
const ACTIVE = /\bon[a-z]+\s*=|javascript\s*:|expression\s*\(/i;

function texts(result: ImportFileResult): string[] {
  return result.ok ? result.drafts[0].blocks.map((b) => b.text).concat(result.drafts[0].title) : [];
}

describe('hostile HTML', () => {
  afterAll(() => {
    for (const scope of watched) delete scope[XSS_MARKER];
  });

  it('has a corpus of at least 100 vectors', () => {
    expect(new Set(XSS_VECTORS).size).toBeGreaterThanOrEqual(100);
  });

  it.each(XSS_VECTORS.map((v, i) => [i, v]))('vector %i leaves only inert text (HTML, Markdown and paste)', (_i, vector) => {
    const page = `<!DOCTYPE html><html><head><title>T</title></head><body><p>Before the vector.</p>${vector}<p>After the vector.</p></body></html>`;
    const results = [
      importHtmlPage(page, 'hostile.html', deps),
      importMarkdown(`Before the vector.\n\n${vector}\n\nAfter the vector.`, 'hostile.md', deps),
      importMarkdown(`Inline ${vector} here.`, 'inline.md', deps),
      importPaste({ text: '', html: vector + '<p>After the vector.</p>' }, deps),
    ];
    for (const result of results) {
      for (const text of texts(result)) {
        expect(text).not.toMatch(TAG_LIKE);
        expect(text).not.toMatch(ACTIVE);
      }
    }
    expect(texts(results[0]).join(' ')).toContain('Before the vector.');
    expect(calls).toEqual([]);
    for (const scope of watched) expect(scope[XSS_MARKER]).toBe(marker);
  });
});
