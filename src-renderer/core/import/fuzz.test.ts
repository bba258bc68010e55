import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { parseSeedArticle } from '../seed-format';
import { hasForbiddenChars } from './clean-text';
import { isValidDateOnly } from './dates';
import { importHtmlPage } from './html-import';
import { importFile } from './import-file';
import { importMarkdown } from './markdown-import';
import { importPlainText } from './text-import';
import type { ImportFileResult } from './types';
import { file, seedFiles } from './fixtures/files';
import { makeDocx } from './fixtures/make-docx';
import { makePdf } from './fixtures/make-pdf';
import { newsPage } from './fixtures/news-page';

const deps = createNodeImportDeps();
const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'list-item'];

function assertValid(result: ImportFileResult): void {
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
  for (const draft of result.drafts) {
    expect(draft.blocks.length).toBeGreaterThan(0);
    for (const block of draft.blocks) {
      expect(BLOCK_TYPES).toContain(block.type);
      expect(block.text.trim()).toBe(block.text);
      expect(block.text.length).toBeGreaterThan(0);
      expect(hasForbiddenChars(block.text)).toBe(false);
      if (block.type === 'heading') expect(block.level).toBeGreaterThanOrEqual(1);
    }
    expect(draft.publishedDate === '' || isValidDateOnly(draft.publishedDate)).toBe(true);
    for (const value of [draft.title, draft.author, draft.outlet, draft.url, draft.language, draft.sourceName]) {
      expect(hasForbiddenChars(value)).toBe(false);
    }
  }
}

const seeds = seedFiles();
const seedTexts = seeds.map((s) => new TextDecoder().decode(s.bytes));
const fragments = ['<p>', '</p>', '<script>', '<h2>', '<li>', '<!--', ']]>', '\u0000', '\uFEFF', '\uD800', '# ', '> ', '- ', ' date 2017-13-45 ', '\r', '&amp;', '&#0;'];

/** A seed text cut and spliced with random unicode and markup. */
const mutatedText = fc
  .tuple(fc.constantFrom(...seedTexts), fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...fragments))), { maxLength: 6 }), fc.nat())
  .map(([text, inserts, cut]) => {
    let out = text.slice(0, (cut % text.length) + 1);
    for (const [at, piece] of inserts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });

function mutateBytes(bytes: Uint8Array, edits: [number, number][], cut: number): Uint8Array {
  const out = bytes.slice(0, Math.max(1, bytes.length - (cut % bytes.length)));
  for (const [at, value] of edits) out[at % out.length] = value;
  return out;
}
const byteEdits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 });

describe('fuzzing the importers', () => {
  it('parseSeedArticle never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), mutatedText), (text) => {
        const parsed = parseSeedArticle(text);
        expect(parsed.publishedDate === '' || isValidDateOnly(parsed.publishedDate)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('text, Markdown and HTML importers never throw and return valid drafts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), mutatedText, mutatedText.map((t) => newsPage(t.split('\n\n')))), (text) => {
        assertValid(importPlainText(text, 'f.txt'));
        assertValid(importMarkdown(text, 'f.md', deps));
        assertValid(importHtmlPage(text, 'f.html', deps));
      }),
      // Each run parses whole pages three ways (Readability included): few runs keep the suite quick.
      { numRuns: 12 },
    );
  }, 15000);

  it('importFile never throws on random and mutated files', async () => {
    const docx = await makeDocx({ paragraphs: [{ text: 'Heading', style: 'Heading1' }, { text: 'A paragraph of text.' }], core: { title: 'T', created: '2017-11-11T00:00:00Z' } });
    const pdf = makePdf({ info: { Title: 'T' }, pages: [[{ text: 'Some text here.', x: 72, y: 700 }, { text: 'And more.', x: 72, y: 686 }]] });
    const samples = [...seeds.map((s) => s.bytes), new TextEncoder().encode(newsPage(['A paragraph.', 'Another.'])), docx, pdf];
    const names = ['a.txt', 'b.html', 'c.md', 'd.docx', 'e.pdf', 'f'];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.tuple(fc.constantFrom(...samples), byteEdits, fc.nat()).map(([bytes, edits, cut]) => mutateBytes(bytes, edits, cut)),
          mutatedText.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom(...names),
        async (bytes, name) => {
          assertValid(await importFile(file(name, bytes), deps));
        },
      ),
      { numRuns: 60 },
    );
  }, 15000);
});
