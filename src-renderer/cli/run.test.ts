import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { CaseContents } from '../core/model';
import { buildSeedCase } from '../core/testing/seed-case';
import { readSeedTexts, seedsDir } from '../core/testing/seed-texts.node';
import { exactLocate } from '../core/testing/exact-locator';
import { readBundle, writeBundle } from '../core/export/bundle';
import { webAnnotationJson } from '../core/export/web-annotation';
import type { ImportDeps } from '../core/import/types';
import type { CliDeps, PathKind } from './cli-deps';
import { nodeDeps } from './node-deps';
import { runCli } from './run';

const NOW = '2026-12-01T09:00:00.000Z';

/** An in-memory file system and console for the commands. */
function memoryDeps(files: Record<string, string | Uint8Array>) {
  const store = new Map(Object.entries(files).map(([p, v]) => [p, typeof v === 'string' ? new TextEncoder().encode(v) : v]));
  const out: string[] = [];
  const err: string[] = [];
  const kind = async (path: string): Promise<PathKind> => (store.has(path) ? 'file' : [...store.keys()].some((k) => k.startsWith(path.replace(/\/$/, '') + '/')) ? 'dir' : null);
  const deps: CliDeps = {
    readFile: async (path) => {
      const bytes = store.get(path);
      if (!bytes) throw new Error('ENOENT');
      return bytes;
    },
    writeFile: async (path, text) => void store.set(path, new TextEncoder().encode(text)),
    kind,
    listDir: async (dir) => [...new Set([...store.keys()].filter((k) => k.startsWith(dir + '/')).map((k) => k.slice(dir.length + 1).split('/')[0]))],
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    now: () => NOW,
    locate: exactLocate,
    // Plain-text articles need none of the parsers' DOM or PDF dependencies.
    importDeps: () => ({}) as ImportDeps,
  };
  const text = (path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(store.get(path));
  return { deps, out, err, text, has: (path: string) => store.has(path) };
}

let seedTexts: [string, string, string];
let sample: CaseContents;
beforeAll(async () => {
  seedTexts = readSeedTexts();
  sample = await buildSeedCase(seedTexts);
});

const seedFiles = (): Record<string, string | Uint8Array> => ({ '/in/seeds/000.txt': seedTexts[0], '/in/seeds/001.txt': seedTexts[1], '/in/seeds/002.txt': seedTexts[2], '/in/seeds/cover.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });

describe('factmark import', () => {
  it('reads the seed articles of a folder into a valid case bundle', async () => {
    const m = memoryDeps(seedFiles());
    expect(await runCli(['import', '/in/seeds', '-o', '/out/case.json', '--title', 'Putin–Trump APEC'], m.deps)).toBe(0);
    expect(m.out).toEqual(['Wrote /out/case.json: 3 articles, 0 claims, 0 links.']);
    expect(m.err).toEqual(['cover.png: skipped (not a format Factmark reads).']);
    const read = readBundle(m.text('/out/case.json'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.contents.case).toMatchObject({ title: 'Putin–Trump APEC', eventDate: '2017-11-11', createdAt: NOW });
    expect(read.contents.articles.map((a) => [a.origin.name, a.publishedDate, a.order])).toEqual([
      ['000.txt', '2017-11-11', 0],
      ['001.txt', '2017-11-11', 1],
      ['002.txt', '2017-11-11', 2],
    ]);
    expect(read.contents.articles[1].text).toBe(sample.articles[1].text);
  });

  it('attaches Web Annotation files to the imported articles', async () => {
    // Annotations that name the seed case's article ids resolve by quote and context instead.
    const m = memoryDeps({ ...seedFiles(), '/in/claims.jsonld': webAnnotationJson(sample) });
    expect(await runCli(['import', '/in/seeds/000.txt', '/in/seeds/001.txt', '/in/seeds/002.txt', '/in/claims.jsonld', '-o', '/out/case.json'], m.deps)).toBe(0);
    expect(m.err).toEqual([]);
    const read = readBundle(m.text('/out/case.json'));
    if (!read.ok) throw new Error(read.message);
    expect(read.contents.claims).toHaveLength(sample.claims.length);
    expect(read.contents.links).toHaveLength(sample.links.length);
    const anchors = (c: CaseContents) => c.claims.map((x) => `${c.articles.findIndex((a) => a.id === x.articleId)}:${x.anchor.position.start}:${x.anchor.quote.exact}`).sort();
    expect(anchors(read.contents)).toEqual(anchors(sample));
    expect(read.contents.claims.find((c) => c.anchor.quote.exact === '126 million Americans through Facebook')!.verdict).toMatchObject({ ratingId: 'mostly-true' });
  });

  it('writes nothing when a file cannot be read', async () => {
    const m = memoryDeps({ ...seedFiles(), '/in/bad.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) });
    expect(await runCli(['import', '/in/seeds/000.txt', '/in/bad.txt', '-o', '/out/case.json'], m.deps)).toBe(1);
    expect(m.err).toEqual(['/in/bad.txt: “bad.txt” is an image. Factmark imports article text: run it through OCR or copy the text, then import or paste it.']);
    expect(m.has('/out/case.json')).toBe(false);
    const empty = memoryDeps({ '/in/empty.txt': '' });
    expect(await runCli(['import', '/in/empty.txt', '-o', '/out/case.json'], empty.deps)).toBe(1);
    expect(empty.err).toHaveLength(1);
    expect(empty.err[0]).toMatch(/^\/in\/empty\.txt: .*empty/);
  });
});

describe('factmark export', () => {
  const withSample = () => memoryDeps({ '/c/case.json': writeBundle(sample, NOW) });

  it('writes every format with its content', async () => {
    const m = withSample();
    for (const format of ['html', 'md', 'csv', 'claimreview', 'webannotation', 'bundle']) {
      expect(await runCli(['export', '/c/case.json', '--format', format, '--org', 'Example Fact Check', '--review-url', 'https://factcheck.example/apec'], m.deps)).toBe(0);
    }
    expect(m.out).toEqual([
      'Wrote putin-trump-apec-2026-12-01.html.',
      'Wrote putin-trump-apec-2026-12-01.md.',
      'Wrote putin-trump-apec-2026-12-01.csv.',
      'Wrote putin-trump-apec-2026-12-01.claimreview.json.',
      'Wrote putin-trump-apec-2026-12-01.annotations.jsonld.',
      'Wrote putin-trump-apec-2026-12-01.factmark.',
    ]);
    expect(m.text('putin-trump-apec-2026-12-01.html')).toContain('<mark class="claim"');
    expect(m.text('putin-trump-apec-2026-12-01.md')).toContain('**[2.4]** 126 million Americans through Facebook');
    const csv = Papa.parse<Record<string, string>>(m.text('putin-trump-apec-2026-12-01.csv'), { header: true, skipEmptyLines: true }).data;
    expect(csv).toHaveLength(10);
    const reviews = JSON.parse(m.text('putin-trump-apec-2026-12-01.claimreview.json'));
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', author: { name: 'Example Fact Check' } });
    expect(JSON.parse(m.text('putin-trump-apec-2026-12-01.annotations.jsonld')).type).toBe('AnnotationCollection');
    expect(readBundle(m.text('putin-trump-apec-2026-12-01.factmark'))).toMatchObject({ ok: true, contents: sample });
    expect(m.err).toEqual([]);
  });

  it('applies filters and options', async () => {
    const m = withSample();
    expect(await runCli(['export', '/c/case.json', '-f', 'csv', '-o', '/o.csv', '--status', 'published,reviewed', '--articles', 'article-001', '--bom'], m.deps)).toBe(0);
    const csv = m.text('/o.csv');
    expect(csv.startsWith('\uFEFFclaim_id,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 2);
    expect(await runCli(['export', '/c/case.json', '-f', 'html', '-o', '/o.html', '--no-rationales'], m.deps)).toBe(0);
    expect(m.text('/o.html')).not.toContain('class="rationale"');
    expect(await runCli(['export', '/c/case.json', '-f', 'claimreview', '-o', '/o.json'], m.deps)).toBe(0);
    expect(m.err).toContain('warning: No fact-checking organisation name is set: ClaimReview "author" is left out.');
  });

  it('says clearly what is wrong, with exit code 2 for usage and 1 for bad files', async () => {
    const m = memoryDeps({ '/c/case.json': writeBundle(sample, NOW), '/c/broken.json': '{"format":"factmark-case","version":1}', '/c/newer.json': '{"format":"factmark-case","version":3}' });
    expect(await runCli([], m.deps)).toBe(2);
    expect(await runCli(['--help'], m.deps)).toBe(0);
    expect(m.out.join('\n')).toContain('Usage: factmark <command>');
    expect(await runCli(['export', '/c/case.json', '--format', 'pdf'], m.deps)).toBe(2);
    expect(await runCli(['export', '/c/case.json', '--format', 'csv', '--status', 'done'], m.deps)).toBe(2);
    expect(await runCli(['export', '/c/case.json', '--colour'], m.deps)).toBe(2);
    expect(await runCli(['import', '/c/case.json'], m.deps)).toBe(2);
    expect(await runCli(['export', '/c/missing.json', '-f', 'html'], m.deps)).toBe(1);
    expect(await runCli(['validate', '/c/broken.json'], m.deps)).toBe(1);
    expect(await runCli(['validate', '/c/newer.json'], m.deps)).toBe(1);
    expect(await runCli(['frobnicate'], m.deps)).toBe(2);
    expect(m.err).toEqual([
      'factmark export: unknown format “pdf” (use html, md, csv, claimreview, webannotation or bundle).',
      'factmark export: unknown claim status “done” (use open, researching, drafted, reviewed, published).',
      expect.stringMatching(/^factmark: Unknown option '--colour'/),
      'factmark import: say where to write with -o FILE.',
      '/c/missing.json: no such file or folder.',
      '/c/broken.json: The bundle is damaged at exportedAt: Invalid input: expected string, received undefined',
      '/c/newer.json: This file was made by a newer Factmark (version 3); update the app to open it.',
      'factmark: unknown command “frobnicate”. Run factmark --help.',
    ]);
  });
});

describe('factmark validate and sample on real files', () => {
  it('builds the sample case from the seed folder and validates it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-cli-'));
    const out: string[] = [];
    const deps = { ...nodeDeps(), stdout: (t: string) => void out.push(t), now: () => NOW };
    const bundle = join(dir, 'sample.json');
    expect(await runCli(['sample', seedsDir(), '-o', bundle], deps)).toBe(0);
    expect(existsSync(`${bundle}.${process.pid}.partial`)).toBe(false);
    expect(readBundle(readFileSync(bundle, 'utf8'))).toMatchObject({ ok: true, contents: sample });
    expect(await runCli(['validate', bundle], deps)).toBe(0);
    expect(out).toEqual([
      `Wrote ${bundle}: 3 articles, 10 claims, 6 links.`,
      `${bundle}: a valid Factmark case, “Putin–Trump APEC”: 3 articles, 10 claims, 3 sources, 6 links.`,
    ]);
  });
});
