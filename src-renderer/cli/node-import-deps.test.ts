import { describe, expect, it } from 'vitest';
import { createHtmlSanitizer } from '../core/import';
import { createNodeImportDeps } from './node-import-deps';
import { makePdf } from '../core/import/fixtures/make-pdf';

describe('createNodeImportDeps', () => {
  const deps = createNodeImportDeps();

  it('parses HTML into an inert document', () => {
    const doc = deps.parseHtml('<html lang="en"><body><p>Hi</p><script>globalThis.ran = 1</script></body></html>') as {
      documentElement: { getAttribute(n: string): string };
      body: { textContent: string };
    };
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.body.textContent).toContain('Hi');
    expect((globalThis as Record<string, unknown>).ran).toBeUndefined();
  });

  it('sanitises with the import policy into a tree', () => {
    const body = deps.sanitizeHtml('<p class="a" style="x" onclick="y()">T<img src=x><a href="javascript:z()">L</a></p>') as unknown as { nodeName: string; innerHTML: string };
    expect(body.nodeName).toBe('BODY');
    expect(body.innerHTML).toBe('<p class="a">T<a>L</a></p>');
  });

  it('reads PDFs with the pdfjs legacy build', async () => {
    const doc = await deps.loadPdf(makePdf({ pages: [[{ text: 'Hello PDF', x: 72, y: 700 }]] }));
    expect(doc.numPages).toBe(1);
    const items = (await (await doc.getPage(1)).getTextContent()).items as { str: string }[];
    expect(items.map((i) => i.str).join('')).toBe('Hello PDF');
    await doc.destroy?.();
  });

  it('refuses a DOMPurify that cannot sanitise, rather than pass HTML through', () => {
    expect(() => createHtmlSanitizer({ isSupported: false, sanitize: (html) => html })).toThrow(/cannot be imported safely/);
  });

  it('refuses to read what a DOMPurify returns when it is not a tree', () => {
    const sanitize = createHtmlSanitizer({ isSupported: true, sanitize: (html) => html });
    expect(() => sanitize('<p>Hi</p>')).toThrow(/cannot be imported safely/);
  });
});
