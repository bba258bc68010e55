import { describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { importDocx } from './docx-import';
import { importMarkdown } from './markdown-import';
import { importPdf } from './pdf-import';
import { linesToBlocks } from './pdf-paragraphs';
import type { ImportFileResult } from './types';
import { makeDocx } from './fixtures/make-docx';
import { makePdf } from './fixtures/make-pdf';

const deps = createNodeImportDeps();

function draftOf(result: ImportFileResult) {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.drafts[0];
}

describe('importMarkdown', () => {
  it('keeps headings, paragraphs, lists and quotes; links and emphasis become plain text', () => {
    const md = [
      '# Trump and Putin in Da Nang',
      '',
      'The two leaders **spoke** _briefly_ at the [APEC summit](https://apec.example/ "APEC").',
      'A wrapped line.',
      '',
      '## Statements',
      '',
      '> “He said he didn’t meddle.”',
      '',
      '1. Syria',
      '2. Ukraine',
      '',
      '- `code` and ~~struck~~ text',
      '* nested',
      '  - deeper',
    ].join('\n');
    const draft = draftOf(importMarkdown(md, 'notes.md', deps));
    expect(draft.title).toBe('Trump and Putin in Da Nang');
    expect(draft.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Trump and Putin in Da Nang' },
      { type: 'paragraph', text: 'The two leaders spoke briefly at the APEC summit. A wrapped line.' },
      { type: 'heading', level: 2, text: 'Statements' },
      { type: 'quote', text: '“He said he didn’t meddle.”' },
      { type: 'list-item', ordered: true, text: 'Syria' },
      { type: 'list-item', ordered: true, text: 'Ukraine' },
      { type: 'list-item', ordered: false, text: 'code and struck text' },
      { type: 'list-item', ordered: false, text: 'nested' },
      { type: 'list-item', ordered: false, text: 'deeper' },
    ]);
  });

  it('reads front matter for metadata', () => {
    const md = '---\ntitle: "Kremlin denies talks"\nauthor: Ivan Example\ndate: 2017-11-11\nsource: Example Wire\nlang: ru\n---\nBody text.';
    expect(draftOf(importMarkdown(md, 'a.md', deps))).toMatchObject({
      title: 'Kremlin denies talks',
      author: 'Ivan Example',
      publishedDate: '2017-11-11',
      outlet: 'Example Wire',
      language: 'ru',
      blocks: [{ type: 'paragraph', text: 'Body text.' }],
    });
  });

  it('drops inline HTML that is active, keeping its harmless text', () => {
    const draft = draftOf(importMarkdown('Hello <script>alert(1)</script><b onclick="x()">bold</b> <img src=x onerror=alert(1)> end.', 'x.md', deps));
    expect(draft.blocks).toEqual([{ type: 'paragraph', text: 'Hello bold end.' }]);
  });
});

describe('importDocx', () => {
  it('reads headings, paragraphs, quotes and lists, and the core properties', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'Putin denies meddling', style: 'Heading1' },
        { text: 'Russian President Vladimir Putin said on Saturday that he had not interfered.' },
        { text: 'Background', style: 'Heading2' },
        { text: 'I have nothing to do with that.', style: 'Quote' },
        { text: 'Syria', bullet: true },
        { text: 'Ukraine', bullet: true },
      ],
      core: { title: 'Putin denies meddling & more', creator: 'Anna Example', created: '2017-11-11T08:15:00Z' },
    });
    const draft = draftOf(await importDocx(bytes, 'putin.docx', deps));
    expect(draft).toMatchObject({ format: 'docx', title: 'Putin denies meddling & more', author: 'Anna Example', publishedDate: '2017-11-11' });
    expect(draft.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Putin denies meddling' },
      { type: 'paragraph', text: 'Russian President Vladimir Putin said on Saturday that he had not interfered.' },
      { type: 'heading', level: 2, text: 'Background' },
      { type: 'quote', text: 'I have nothing to do with that.' },
      { type: 'list-item', ordered: false, text: 'Syria' },
      { type: 'list-item', ordered: false, text: 'Ukraine' },
    ]);
  });

  it('titles a document without core properties by its first sentence', async () => {
    const bytes = await makeDocx({ paragraphs: [{ text: 'First sentence here. Second one.' }] });
    expect(draftOf(await importDocx(bytes, 'x.docx', deps))).toMatchObject({ title: 'First sentence here.', author: '', publishedDate: '' });
  });

  it('says there is no text in an empty document', async () => {
    const result = await importDocx(await makeDocx({ paragraphs: [] }), 'blank.docx', deps);
    expect(result).toMatchObject({ ok: false, code: 'no-text' });
  });
});

describe('importPdf', () => {
  const article = makePdf({
    info: { Title: 'Joint statement on Syria', Author: 'Press Office', CreationDate: "D:20171111093000+07'00'" },
    pages: [
      [
        { text: 'Joint statement', x: 72, y: 720, size: 20 },
        { text: 'The Presidents agreed that there is no mili-', x: 72, y: 690 },
        { text: 'tary solution to the conflict in Syria. They', x: 72, y: 676 },
        { text: 'confirmed the Geneva process.', x: 72, y: 662 },
        { text: 'They also took note of a commit-', x: 90, y: 632 },
        { text: 'ment by President Asad.', x: 72, y: 618 },
      ],
      [{ text: 'Second page paragraph.', x: 72, y: 720 }],
    ],
  });

  it('rebuilds paragraphs and joins words hyphenated at line ends', async () => {
    const draft = draftOf(await importPdf(article, 'statement.pdf', deps));
    expect(draft).toMatchObject({ format: 'pdf', title: 'Joint statement on Syria', author: 'Press Office', publishedDate: '2017-11-11' });
    expect(draft.blocks).toEqual([
      { type: 'heading', level: 2, text: 'Joint statement' },
      { type: 'paragraph', text: 'The Presidents agreed that there is no military solution to the conflict in Syria. They confirmed the Geneva process.' },
      { type: 'paragraph', text: 'They also took note of a commitment by President Asad.' },
      { type: 'paragraph', text: 'Second page paragraph.' },
    ]);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const result = await importPdf(makePdf({ pages: [[{ text: 'Secret.', x: 72, y: 700 }]], encrypted: true }), 'locked.pdf', deps);
    expect(result).toMatchObject({ ok: false, code: 'encrypted' });
    expect(!result.ok && result.message).toMatch(/“locked\.pdf” is password-protected/);
  });

  it('reports an image-only PDF as having no text', async () => {
    const result = await importPdf(makePdf({ pages: [[], []], imageOnly: true }), 'scan.pdf', deps);
    expect(result).toMatchObject({ ok: false, code: 'no-text' });
    expect(!result.ok && result.message).toMatch(/no text layer.*OCR/);
  });

  it('keeps a hyphen that belongs to the word and a paragraph running across pages', () => {
    const line = (text: string, y: number) => ({ text, x: 72, y, size: 12 });
    const blocks = linesToBlocks([
      [line('A well-', 700), line('Known fact and an unfinished', 686)],
      [line('sentence that ends here.', 700)],
    ]);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A well- Known fact and an unfinished sentence that ends here.' }]);
  });
});
