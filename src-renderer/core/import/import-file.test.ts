import { describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { blocksToText } from '../article-text';
import { MAX_IMPORT_BYTES, importFile } from './import-file';
import type { ImportDeps, ImportFileResult } from './types';
import { file, seedFiles, utf16, windows1252 } from './fixtures/files';
import { makeDocx } from './fixtures/make-docx';
import { makePdf } from './fixtures/make-pdf';

const deps = createNodeImportDeps();

function ok(result: ImportFileResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  expect(result.drafts).toHaveLength(1);
  return { draft: result.drafts[0], warnings: result.warnings };
}

function failure(result: ImportFileResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('importFile: formats', () => {
  it('reads the seed articles with their date line', async () => {
    const seeds = seedFiles();
    expect(seeds).toHaveLength(3);
    for (const seed of seeds) {
      const { draft } = ok(await importFile(seed, deps));
      expect(draft.format).toBe('seed');
      expect(draft.publishedDate).toBe('2017-11-11');
      expect(draft.sourceName).toBe(seed.name);
      expect(draft.blocks.length).toBeGreaterThan(5);
      expect(draft.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    }
    const { draft } = ok(await importFile(seeds[0], deps));
    expect(draft.title).toBe(
      'President Donald Trump said that he spoke with Russian President Vladimir Putin about meddling in the 2016 election, and he denied it.',
    );
    const second = ok(await importFile(seeds[1], deps)).draft;
    expect(blocksToText(second.blocks)).toContain('126 million Americans through Facebook');
  });

  it('reads an ordinary .txt file as text titled by its first sentence', async () => {
    const { draft } = ok(await importFile(file('note.txt', 'Kremlin denies it. More follows.\n\nSecond\nparagraph.'), deps));
    expect(draft).toMatchObject({ format: 'text', title: 'Kremlin denies it.', publishedDate: '' });
    expect(draft.blocks.map((b) => b.text)).toEqual(['Kremlin denies it. More follows.', 'Second paragraph.']);
  });

  it('recognises HTML by its tags even without an .html name', async () => {
    const { draft } = ok(await importFile(file('page', '<!doctype html><html lang="fr"><body><p>Bonjour tout le monde.</p></body></html>'), deps));
    expect(draft).toMatchObject({ format: 'html', language: 'fr' });
    expect(draft.blocks).toEqual([{ type: 'paragraph', text: 'Bonjour tout le monde.' }]);
  });

  it('reads Markdown by its extension', async () => {
    const { draft } = ok(await importFile(file('a.md', '# Title here\n\nSome *text*.'), deps));
    expect(draft.format).toBe('markdown');
    expect(draft.title).toBe('Title here');
  });

  it('reads a .docx and a PDF by their magic bytes, whatever their names', async () => {
    const docx = await makeDocx({ paragraphs: [{ text: 'Body of the document.' }] });
    expect(ok(await importFile(file('download', docx), deps)).draft.format).toBe('docx');
    const pdf = makePdf({ pages: [[{ text: 'Text on a page.', x: 72, y: 700 }]] });
    expect(ok(await importFile(file('download.bin', pdf), deps)).draft.format).toBe('pdf');
  });
});

describe('importFile: encodings', () => {
  it('reads windows-1252 text with curly quotes and accents, and says so', async () => {
    const text = '“Café society” isn’t what it was – 50 € …\n\nSecond paragraph, déjà vu.';
    const { draft, warnings } = ok(await importFile(file('legacy.txt', windows1252(text)), deps));
    expect(draft.blocks.map((b) => b.text)).toEqual(['“Café society” isn’t what it was – 50 € …', 'Second paragraph, déjà vu.']);
    expect(warnings.join(' ')).toMatch(/read as windows-1252/);
  });

  it('reads a legacy-encoded HTML page in the charset it declares', async () => {
    const cyrillic: Record<string, number> = { П: 0xcf, р: 0xf0, и: 0xe8, в: 0xe2, е: 0xe5, т: 0xf2, м: 0xec, й: 0xe9, К: 0xca, л: 0xeb, ь: 0xfc };
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Привет Кремль.</p></body></html>';
    const bytes = Uint8Array.from(html, (c) => cyrillic[c] ?? c.charCodeAt(0));
    const { draft, warnings } = ok(await importFile(file('ru.html', bytes), deps));
    expect(draft.blocks).toEqual([{ type: 'paragraph', text: 'Привет Кремль.' }]);
    expect(warnings.join(' ')).toMatch(/read as windows-1251/);
  });

  it('reads UTF-16 LE and BE, with and without a byte-order mark', async () => {
    const text = ' date 2017-11-11 Putin said “no”. Élysée noted it.\r\n\r\nSecond paragraph.';
    for (const [endian, bom] of [['le', true], ['le', false], ['be', true], ['be', false]] as const) {
      const { draft, warnings } = ok(await importFile(file(`u16-${endian}.txt`, utf16(text, endian, bom)), deps));
      expect(draft.publishedDate).toBe('2017-11-11');
      expect(draft.blocks.map((b) => b.text)).toEqual(['Putin said “no”. Élysée noted it.', 'Second paragraph.']);
      expect(warnings).toEqual([]);
    }
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(' date 2017-11-11 Body text.')]);
    const { draft } = ok(await importFile(file('bom.txt', bytes), deps));
    expect(draft).toMatchObject({ publishedDate: '2017-11-11', title: 'Body text.' });
  });
});

describe('importFile: bad input', () => {
  it('refuses an empty file and a blank one', async () => {
    const empty = failure(await importFile(file('empty.txt', new Uint8Array()), deps));
    expect(empty.code).toBe('empty');
    expect(empty.message).toContain('“empty.txt” is empty');
    expect(failure(await importFile(file('blank.txt', ' \n\t\r\n '), deps)).code).toBe('empty');
  });

  it('refuses a file over the limit and names the limit', async () => {
    expect(MAX_IMPORT_BYTES).toBe(25 * 1024 * 1024);
    const result = failure(await importFile(file('big.txt', 'a'.repeat(3 * 1024 * 1024)), deps, { maxBytes: 2 * 1024 * 1024 }));
    expect(result.code).toBe('too-large');
    expect(result.message).toBe(
      '“big.txt” is 3 MB; files up to 2 MB can be imported. Save just the article (text, HTML or PDF) and import that.',
    );
  });

  it('refuses binaries, images, old Word files, other archives and RTF with what to do', async () => {
    const random = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    const cases: [string, Uint8Array | string, string, RegExp][] = [
      ['data.bin', random, 'binary', /not a text, Markdown, HTML, Word \(\.docx\) or PDF file/],
      ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'unsupported', /is an image.*OCR/],
      ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'unsupported', /save it as \.docx/],
      ['locked.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'encrypted', /password-protected/],
      ['letter.rtf', '{\\rtf1\\ansi Hello}', 'unsupported', /Rich Text/],
      ['fake.pdf', 'just text', 'malformed', /named like a PDF but is not one/],
      ['fake.docx', 'just text', 'malformed', /not a \.docx file/],
      ['tool.exe', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'binary', /not a text/],
    ];
    for (const [name, content, code, message] of cases) {
      const result = failure(await importFile(file(name, content), deps));
      expect([name, result.code]).toEqual([name, code]);
      expect(result.message).toMatch(message);
      expect(result.message).toContain(`“${name}”`);
    }
  });

  it('refuses a zip that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip().file('notes.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const result = failure(await importFile(file('archive.zip', bytes), deps));
    expect(result).toMatchObject({ code: 'unsupported' });
    expect(result.message).toMatch(/zip archive but not a Word/);
  });

  it('reports a damaged .docx and a damaged PDF as malformed', async () => {
    const docx = await makeDocx({ paragraphs: [{ text: 'Hello.' }] });
    const truncated = docx.slice(0, Math.floor(docx.length / 2));
    expect(failure(await importFile(file('cut.docx', truncated), deps)).code).toBe('malformed');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage');
    const broken = failure(await importFile(file('cut.pdf', pdf), deps));
    expect(broken.code).toBe('malformed');
    expect(broken.message).toMatch(/damaged PDF/);
  });

  it('turns a dependency that throws into a per-file failure', async () => {
    const throwing: ImportDeps = {
      ...deps,
      parseHtml: () => {
        throw new Error('parser exploded');
      },
    };
    const result = failure(await importFile(file('a.html', '<p>Hi</p>'), throwing));
    expect(result.code).toBe('malformed');
    expect(result.message).toContain('parser exploded');
  });

  it('still extracts what it can from malformed HTML', async () => {
    const html = '<html><body><div><p>First paragraph <b>bold <i>both</b> still</i> here.<p>Second<div></span></table> text</body';
    const { draft } = ok(await importFile(file('broken.html', html), deps));
    expect(blocksToText(draft.blocks)).toContain('First paragraph bold both still here.');
    expect(blocksToText(draft.blocks)).toContain('Second');
  });

  it('says there is no text when an HTML page has none', async () => {
    const result = failure(await importFile(file('empty.html', '<html><body><script>x()</script><img src=a.png></body></html>'), deps));
    expect(result.code).toBe('no-text');
    expect(result.message).toMatch(/No article text was found in “empty\.html”/);
  });
});
