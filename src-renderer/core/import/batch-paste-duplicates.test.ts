import { describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { blocksToText, sha256Hex } from '../article-text';
import { normaliseDate } from './dates';
import { draftContentHash, findDuplicateArticle } from './duplicates';
import { importFiles, type ImportProgress } from './import-files';
import { importPaste } from './paste';
import { file, seedFiles } from './fixtures/files';

const deps = createNodeImportDeps();

describe('importFiles', () => {
  it('imports files in order, one result each, reporting progress', async () => {
    const files = [...seedFiles(), file('empty.txt', '')];
    const progress: ImportProgress[] = [];
    const { results, aborted } = await importFiles(files, deps, { onProgress: (p) => progress.push(p) });
    expect(aborted).toBe(false);
    expect(results.map((r) => [r.name, r.ok])).toEqual([...files.slice(0, 3).map((f) => [f.name, true]), ['empty.txt', false]]);
    expect(progress).toEqual([
      ...files.map((f, i) => ({ done: i, total: 4, current: f.name })),
      { done: 4, total: 4, current: '' },
    ]);
  });

  it('stops when aborted and returns only what it has read', async () => {
    const controller = new AbortController();
    const files = seedFiles();
    const { results, aborted } = await importFiles(files, deps, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    expect(aborted).toBe(true);
    expect(results.map((r) => r.name)).toEqual([files[0].name, files[1].name]);
  });

  it('passes the size limit to every file', async () => {
    const { results } = await importFiles([file('a.txt', 'x'.repeat(2048))], deps, { maxBytes: 1024 });
    expect(results[0]).toMatchObject({ ok: false, code: 'too-large' });
  });
});

describe('importPaste', () => {
  it('keeps the structure of pasted HTML, sanitised', () => {
    const result = importPaste({ text: 'ignored', html: '<meta charset="utf-8"><h2>Title</h2><p>One <script>x()</script>two.</p><ul><li>Item</li></ul>' }, deps);
    expect(result.ok && result.drafts[0]).toMatchObject({
      format: 'paste',
      title: 'Title',
      blocks: [
        { type: 'heading', level: 2, text: 'Title' },
        { type: 'paragraph', text: 'One two.' },
        { type: 'list-item', ordered: false, text: 'Item' },
      ],
    });
  });

  it('uses the plain text when there is no HTML, and refuses blank content', () => {
    const result = importPaste({ text: 'First para.\n\nSecond para.' }, deps);
    expect(result.ok && result.drafts[0].blocks.map((b) => b.text)).toEqual(['First para.', 'Second para.']);
    expect(importPaste({ text: '  \n ', html: '<p> </p>' }, deps)).toMatchObject({ ok: false, code: 'empty' });
  });
});

describe('duplicate detection', () => {
  it('finds the stored article with the same text hash, and nothing for new text', async () => {
    const [seed, other] = seedFiles();
    const { results } = await importFiles([seed, other], deps);
    if (!results[0].ok || !results[1].ok) throw new Error('seed import failed');
    const draft = results[0].drafts[0];
    const stored = [{ id: 'a1', contentHash: await sha256Hex(blocksToText(draft.blocks)) }];
    expect(await draftContentHash(draft)).toBe(stored[0].contentHash);
    expect(await findDuplicateArticle(draft, stored)).toEqual(stored[0]);
    expect(await findDuplicateArticle(results[1].drafts[0], stored)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it('reads the date forms found in files, as written', () => {
    expect(normaliseDate('2017-11-11T23:30:00-05:00')).toBe('2017-11-11');
    expect(normaliseDate("D:20171111093000+01'00'")).toBe('2017-11-11');
    expect(normaliseDate('Sat, 11 Nov 2017 10:00:00 GMT')).toBe('2017-11-11');
    expect(normaliseDate('November 11th, 2017')).toBe('2017-11-11');
    expect(normaliseDate('2017/11/11')).toBe('2017-11-11');
    expect(normaliseDate('2017-02-30')).toBe('');
    expect(normaliseDate('yesterday')).toBe('');
  });
});
