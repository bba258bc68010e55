// The benchmark's in-browser half: served next to the built app (same origin,
// so the same IndexedDB), it seeds large cases with the app's storage code and
// times the pure parts (re-anchoring, report, import, bundle, suggestions)
// against their baselines. bench/run.mjs drives it through `window.factmarkBench`.
/// <reference types="vite/client" />
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { reanchorClaims } from '../../src-renderer/core/anchoring/reanchor';
import { buildArticle, buildClaim } from '../../src-renderer/core/case-views/case-builder';
import { htmlReport } from '../../src-renderer/core/export/html-report';
import { readBundle, reIdContents, writeBundle } from '../../src-renderer/core/export/bundle';
import { importFiles } from '../../src-renderer/core/import';
import type { Article, Case, CaseContents, Claim, Source } from '../../src-renderer/core/model';
import { sha256Hex } from '../../src-renderer/core/article-text';
import { DEFAULT_SCALE } from '../../src-renderer/core/rating-scales';
import { SimilarityIndex } from '../../src-renderer/core/similarity/similarity-index';
import { buildLargeArticleSet, buildLargeReanchorCase, seededRandom, seedSentences } from '../../src-renderer/core/testing/large-case';
import { FactmarkDb, openRepositories, splitArticles } from '../../src-renderer/storage';
import { createBrowserImportDeps } from '../../src-renderer/ui/import/browser-import-deps';
import { buildLargeCase } from '../../e2e/support/large-case';
import { importPages } from './import-pages';

export interface CaseSizes {
  articles: number;
  claimsPerArticle: number;
  longWords: number;
  longClaims: number;
}

const AT = '2026-01-01T00:00:00.000Z';
const CASE_ID = 'bench-large-case';
export const LONG_ARTICLE_ID = 'bench-long-article';

function emptyContents(id: string, title: string): CaseContents {
  const theCase: Case = { id, title, summary: '', eventDate: '', scale: DEFAULT_SCALE(), archived: false, createdAt: AT, updatedAt: AT };
  return { case: theCase, articles: [], claims: [], sources: [], evidence: [], links: [], history: [], dismissed: [] };
}

/** Paragraphs recombined from the seed sentences, for the many-article case. */
function seedParagraphs(seedTexts: string[]): string[] {
  const sentences = seedSentences(seedTexts);
  const random = seededRandom(11);
  return Array.from({ length: 300 }, () => Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentences[Math.floor(random() * sentences.length)]).join(' '));
}

/** The long article: a 50,000-word text with 2,000 claims on it (the re-anchoring case's old text). */
function longArticle(seedTexts: string[], sizes: CaseSizes): { article: Article; claims: Claim[] } {
  const c = buildLargeReanchorCase(seedTexts, { seed: 5, words: sizes.longWords, claims: sizes.longClaims });
  const article = buildArticle(CASE_ID, LONG_ARTICLE_ID, 0, { text: c.oldText, title: `Long read: ${sizes.longWords.toLocaleString('en')} words`, outlet: 'Outlet 0', publishedDate: '2017-11-11' });
  const template = buildClaim(article, 'template', c.oldText.slice(0, 10));
  const claims = c.claims.map(({ id, anchor }) => ({ ...template, id: `long-${id}`, anchor, statement: anchor.quote.exact }));
  return { article, claims };
}

/** The whole large case, built in memory. */
function largeContents(seedTexts: string[], sizes: CaseSizes): CaseContents {
  const contents = emptyContents(CASE_ID, 'Large benchmark case');
  const many = buildLargeCase(CASE_ID, seedParagraphs(seedTexts), { articles: sizes.articles, claimsPerArticle: sizes.claimsPerArticle });
  const long = longArticle(seedTexts, sizes);
  // The many-article case's evidence cites one source ('large-s0').
  const source: Source = { id: 'large-s0', caseId: CASE_ID, url: 'https://example.org/archive', title: 'Archive', publisher: 'Outlet 1', accessedDate: '2026-01-01', archivedUrl: '', excerpt: '', kind: 'media', createdAt: AT, updatedAt: AT };
  return { ...contents, articles: [long.article, ...many.articles.map((a) => ({ ...a, order: a.order + 1 }))], claims: [...long.claims, ...many.claims], sources: [source], evidence: many.evidence, links: many.links };
}

/** Stores the large case and the settings that make the app open it on start. */
async function seedLargeCase(seedTexts: string[], sizes: CaseSizes) {
  const repos = openRepositories();
  const contents = largeContents(seedTexts, sizes);
  // Real digests, as imported articles carry (bundles check them).
  for (const a of contents.articles) a.contentHash = await sha256Hex(a.text);
  await repos.cases.putContents(contents);
  await repos.settings.set('reviewerName', 'Ana Reviewer');
  await repos.settings.set('welcomeDone', true);
  await repos.settings.set('lastCaseId', CASE_ID);
  repos.db.close();
  const long = contents.articles[0];
  const spans = contents.claims.filter((c) => c.articleId === long.id).map((c) => c.anchor.position);
  return { caseId: CASE_ID, articles: contents.articles.length, claims: contents.claims.length, longText: long.text, longSpans: spans };
}

/** Re-anchoring all claims of the long article after an edit; checked against the expected places. */
function reanchor(seedTexts: string[], sizes: CaseSizes) {
  const c = buildLargeReanchorCase(seedTexts, { seed: 1, words: sizes.longWords, claims: sizes.longClaims });
  const t0 = performance.now();
  const results = reanchorClaims(c.oldText, c.newText, c.claims);
  const ms = performance.now() - t0;
  let misplaced = 0;
  for (const r of results) {
    const want = c.expected.get(r.id);
    if (want === null) {
      if (r.anchor.state !== 'needs-review') misplaced++;
    } else if (r.anchor.state !== 'needs-review' && (r.anchor.position.start !== want?.start || r.anchor.position.end !== want?.end)) misplaced++;
  }
  return { ms, misplaced, claims: results.length, flagged: results.filter((r) => r.anchor.state === 'needs-review').length };
}

/** The HTML report of a case of `articles` articles and `claims` claims. */
function report(seedTexts: string[], articles: number, claims: number) {
  const built = buildLargeCase('bench-report', seedParagraphs(seedTexts), { articles, claimsPerArticle: Math.ceil(claims / articles), seed: 3 });
  const contents: CaseContents = { ...emptyContents('bench-report', 'Report benchmark'), ...built };
  const t0 = performance.now();
  const html = htmlReport(contents, { includeRationales: true, generatedAt: AT });
  return { ms: performance.now() - t0, bytes: html.length, claims: contents.claims.length };
}

/** The app's import of `count` HTML pages vs Readability + DOMPurify alone on the same pages. */
async function importBench(seedTexts: string[], count: number) {
  const encoder = new TextEncoder();
  const pages = importPages(seedSentences(seedTexts), count);
  const files = pages.map((html, i) => ({ name: `page-${i}.html`, relativePath: `page-${i}.html`, bytes: encoder.encode(html) }));
  const t0 = performance.now();
  const { results } = await importFiles(files, createBrowserImportDeps());
  const appMs = performance.now() - t0;
  const imported = results.filter((r) => r.ok).length;

  const parser = new DOMParser();
  const purify = DOMPurify(window);
  const decoder = new TextDecoder();
  const t1 = performance.now();
  let baselineChars = 0;
  for (const f of files) {
    const doc = parser.parseFromString(decoder.decode(f.bytes), 'text/html');
    const article = new Readability(doc).parse();
    baselineChars += purify.sanitize(article?.content ?? '').length;
  }
  const baselineMs = performance.now() - t1;
  return { appMs, baselineMs, imported, files: files.length, baselineChars };
}

const STORES = ['cases', 'articles', 'articleBodies', 'claims', 'sources', 'evidence', 'links', 'history', 'dismissed'] as const;

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('factmark');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function rawTransaction(db: IDBDatabase, mode: IDBTransactionMode, run: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...STORES], mode);
    run(tx);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Reads every row of a case straight from IndexedDB (one getAll per store). */
async function rawRead(db: IDBDatabase, caseId: string): Promise<number> {
  let rows = 0;
  await rawTransaction(db, 'readonly', (tx) => {
    for (const name of STORES) {
      const store = tx.objectStore(name);
      const request = name === 'cases' ? store.getAll(caseId) : store.index('caseId').getAll(caseId);
      request.onsuccess = () => (rows += request.result.length);
    }
  });
  return rows;
}

/** The rows of a case per store, articles split into metadata and body as the app stores them. */
function rawRows(contents: CaseContents): Record<Exclude<(typeof STORES)[number], 'cases'>, readonly object[]> {
  const { summaries, bodies } = splitArticles(contents.articles);
  return { ...contents, articles: summaries, articleBodies: bodies };
}

async function rawWrite(db: IDBDatabase, contents: CaseContents): Promise<void> {
  const rows = rawRows(contents);
  await rawTransaction(db, 'readwrite', (tx) => {
    tx.objectStore('cases').put(contents.case);
    for (const name of STORES.slice(1) as Exclude<(typeof STORES)[number], 'cases'>[]) {
      const store = tx.objectStore(name);
      for (const row of rows[name]) store.put(row);
    }
  });
}

/**
 * Case bundle export (contents + writeBundle) and import (readBundle + putContents
 * under new ids) vs raw getAll / put of the same rows. The imported copy is deleted after.
 */
async function bundleBench(caseId: string) {
  const repos = openRepositories(new FactmarkDb());
  const raw = await openRaw();
  const t0 = performance.now();
  const contents = await repos.cases.contents(caseId);
  const contentsMs = performance.now() - t0;
  if (!contents) throw new Error(`case ${caseId} is not stored`);
  const t1 = performance.now();
  const text = writeBundle(contents, AT);
  const writeBundleMs = performance.now() - t1;
  const t2 = performance.now();
  const rows = await rawRead(raw, caseId);
  const rawReadMs = performance.now() - t2;

  const t3 = performance.now();
  const read = readBundle(text);
  const readBundleMs = performance.now() - t3;
  if (!read.ok) throw new Error(`the bundle just written does not read back: ${read.message}`);
  const copy = reIdContents(read.contents, AT);
  const t4 = performance.now();
  await repos.cases.putContents(copy);
  const putContentsMs = performance.now() - t4;
  await repos.cases.delete(copy.case.id);
  const copy2 = reIdContents(contents, AT);
  const t5 = performance.now();
  await rawWrite(raw, copy2);
  const rawWriteMs = performance.now() - t5;
  await repos.cases.delete(copy2.case.id);
  raw.close();
  repos.db.close();
  return { contentsMs, rawReadMs, putContentsMs, rawWriteMs, writeBundleMs, readBundleMs, rows, bundleBytes: text.length };
}

/** Suggestions for new claims in a case of `articles` articles: index built first, then one suggest per claim. */
function similarity(seedTexts: string[], articles: number, queries: number) {
  const set = buildLargeArticleSet(seedTexts, articles);
  const index = new SimilarityIndex();
  const t0 = performance.now();
  for (const a of set) index.upsertArticle(a.id, a.text);
  const buildMs = performance.now() - t0;
  const sentences = seedSentences(seedTexts);
  const random = seededRandom(17);
  const times: number[] = [];
  for (let i = 0; i < queries; i++) {
    const claim = sentences[Math.floor(random() * sentences.length)];
    const t = performance.now();
    index.suggest(claim, { excludeArticleId: set[i % set.length].id });
    times.push(performance.now() - t);
  }
  return { buildMs, times, sentences: index.sentenceCount };
}

const api = { seedLargeCase, reanchor, report, importBench, bundleBench, similarity };
export type FactmarkBench = typeof api;
(window as unknown as { factmarkBench: FactmarkBench }).factmarkBench = api;
document.body.dataset.ready = 'true';
