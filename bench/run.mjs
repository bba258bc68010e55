// `npm run bench`: builds the app and the bench page, serves both with
// `vite preview` on 127.0.0.1:4314, drives them in Debian's Chromium and prints
// medians and p95 of every measurement against the issue's targets; writes
// bench/results.json. `--runs N` (default 5); `--smoke`: tiny sizes, one run,
// only checks that every measurement yields a number (a suite of `npm test`);
// `--only import,report`: just the named measures (of MEASURES below), to iterate
// on one of them without waiting for the rest.
import { execSync } from 'node:child_process';
/* global document, window -- inside page.evaluate */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { claimsTable, heapAfterGc, markClaim, openLongArticle, openStaticArticle, prepareArticles, staticArticleHtml, startToInteractive, unclaimedSelections } from './app-measures.mjs';
import { median, row, table } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const runsAt = args.indexOf('--runs');
const runs = smoke ? 1 : runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs, at least 1');
  process.exit(2);
}
const MEASURES = ['reanchor', 'report', 'import', 'bundle', 'suggestions', 'start', 'article', 'table'];
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? String(args[onlyAt + 1] ?? '').split(',').filter(Boolean) : MEASURES;
const unknown = only.filter((m) => !MEASURES.includes(m));
if (only.length === 0 || unknown.length > 0) {
  console.error(`--only takes a comma-separated list of: ${MEASURES.join(', ')}`);
  process.exit(2);
}
const wanted = (measure) => only.includes(measure);
// These measures read the large case stored in IndexedDB.
const needsStoredCase = ['bundle', 'start', 'article', 'table'].some(wanted);
// Another port lets two benchmarks (say, on two checkouts) run side by side.
const PORT = Number(process.env.FACTMARK_BENCH_PORT ?? 4314);
const baseUrl = `http://127.0.0.1:${PORT}`;

const SIZES = smoke
  ? { articles: 10, claimsPerArticle: 4, longWords: 2_000, longClaims: 40, reportArticles: 5, reportClaims: 50, importPages: 4, similarityArticles: 20, suggestions: 5, marks: 2 }
  : { articles: 500, claimsPerArticle: 36, longWords: 50_000, longClaims: 2_000, reportArticles: 100, reportClaims: 5_000, importPages: 200, similarityArticles: 500, suggestions: 50, marks: 4 };
const caseSizes = { articles: SIZES.articles, claimsPerArticle: SIZES.claimsPerArticle, longWords: SIZES.longWords, longClaims: SIZES.longClaims };

// The smoke run comes after `npm test`'s build; it builds the app only when missing.
if (!smoke || !existsSync(join(root, 'out/renderer/index.html'))) execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
await build({ configFile: false, root: join(root, 'bench/pages'), base: './', logLevel: 'warn', build: { outDir: join(root, 'out/renderer/bench'), emptyOutDir: true } });

const seedsDir = join(root, '../shared/seeds');
const seedTexts = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));

const server = await preview({ configFile: false, root, logLevel: 'warn', build: { outDir: 'out/renderer' }, preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
// Same flags as playwright.config.ts.
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
});
const load = [];
const sampleLoad = () => load.push(loadavg()[0]);
const rows = [];
// Rows are printed as they are measured too, so a long run shows its figures early.
const addRow = (r) => {
  rows.push(r);
  console.log(`  ${r.id} ${r.name}: median ${r.median.toFixed(2)}, p95 ${r.p95.toFixed(2)} ${r.unit} (${r.pass ? 'pass' : 'FAIL'})`);
};
const step = (name) => console.log(`… ${name}`);
let failed = null;

try {
  // The timing helpers evaluate strings in the page, which the app's CSP (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(smoke ? 30_000 : 120_000);
  await page.goto(`${baseUrl}/bench/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const bench = (name, ...params) => page.evaluate(([n, p]) => window.factmarkBench[n](...p), [name, params]);
  const repeat = async (fn) => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      out.push(await fn(i));
      sampleLoad();
    }
    return out;
  };

  const seeded = needsStoredCase ? await bench('seedLargeCase', seedTexts, caseSizes) : null;
  if (seeded) {
    console.log(`seeded: ${seeded.articles} articles, ${seeded.claims} claims (long article: ${seeded.longText.split(/\s+/).length} words, ${seeded.longSpans.length} claims)`);
    writeFileSync(join(root, 'out/renderer/bench/static-article.html'), staticArticleHtml(seeded.longText, seeded.longSpans));
  }

  if (wanted('reanchor')) {
    step('re-anchoring');
    // 3. Re-anchoring.
    const reanchor = await repeat(() => bench('reanchor', seedTexts, caseSizes));
    addRow(row({ id: 3, name: `re-anchor ${SIZES.longClaims} claims after an edit`, samples: reanchor.map((r) => r.ms), unit: 'ms', target: 160 }));
    addRow(row({ id: '3b', name: 'misplaced claims after re-anchoring', samples: reanchor.map((r) => r.misplaced), unit: 'count', target: 0, on: 'p95', note: `${reanchor[0].flagged} flagged for review` }));
  }

  if (wanted('report')) {
    step('HTML report');
    // 6. HTML report.
    const report = await repeat(() => bench('report', seedTexts, SIZES.reportArticles, SIZES.reportClaims));
    addRow(row({ id: 6, name: `HTML report, ${SIZES.reportArticles} articles / ${report[0].claims} claims`, samples: report.map((r) => r.ms), unit: 'ms', target: 3000, note: `${(report[0].bytes / 1e6).toFixed(1)} MB` }));
  }

  if (wanted('import')) {
    step('import');
    // 5. Import vs the extraction library alone.
    const imports = await repeat(() => bench('importBench', seedTexts, SIZES.importPages));
    addRow(row({
      id: 5, name: `import ${SIZES.importPages} HTML pages vs Readability+DOMPurify`, samples: imports.map((r) => r.appMs / r.baselineMs), unit: '×', target: 1.3,
      baseline: imports.map((r) => r.baselineMs), note: `app ${median(imports.map((r) => r.appMs)).toFixed(0)} ms, library ${median(imports.map((r) => r.baselineMs)).toFixed(0)} ms; ${imports[0].imported}/${imports[0].files} imported`,
    }));
  }

  if (wanted('bundle')) {
    step('case bundle');
    // 7. Bundle export and import vs raw IndexedDB.
    const bundles = await repeat(() => bench('bundleBench', seeded.caseId));
    const b = (k) => median(bundles.map((r) => r[k])).toFixed(0);
    addRow(row({ id: '7a', name: 'case bundle read (contents) vs raw getAll', samples: bundles.map((r) => r.contentsMs / r.rawReadMs), unit: '×', target: 1.5, note: `${b('contentsMs')} vs ${b('rawReadMs')} ms, ${bundles[0].rows} rows; writeBundle ${b('writeBundleMs')} ms` }));
    addRow(row({ id: '7b', name: 'case bundle write (putContents) vs raw put', samples: bundles.map((r) => r.putContentsMs / r.rawWriteMs), unit: '×', target: 1.5, note: `${b('putContentsMs')} vs ${b('rawWriteMs')} ms; readBundle ${b('readBundleMs')} ms` }));
  }

  if (wanted('suggestions')) {
    step('suggestions');
    // 10. Suggestions.
    const similarity = await repeat(() => bench('similarity', seedTexts, SIZES.similarityArticles, SIZES.suggestions));
    addRow(row({ id: 10, name: `suggestions in a ${SIZES.similarityArticles}-article case`, samples: similarity.flatMap((r) => r.times), unit: 'ms', target: 200, on: 'p95', note: `index of ${similarity[0].sentences} sentences built in ${median(similarity.map((r) => r.buildMs)).toFixed(0)} ms` }));
  }

  if (wanted('start')) {
    step('start to interactive');
    // 8. Start to interactive, in a fresh tab each time.
    const starts = await repeat(async () => {
      const tab = await context.newPage();
      const ms = await startToInteractive(tab, baseUrl);
      await tab.close();
      return ms;
    });
    addRow(row({ id: 8, name: 'start to interactive, large case stored', samples: starts, unit: 'ms', target: 1000 }));
  }

  if (wanted('article')) {
    step('long article and heap');
    // 1 and 9. Opening the long article vs static HTML; heap with it open.
    const statics = [];
    const opens = [];
    const heaps = [];
    for (let i = 0; i < runs; i++) {
      statics.push(await openStaticArticle(page, `${baseUrl}/bench/static-article.html`));
      await prepareArticles(page, baseUrl);
      opens.push(await openLongArticle(page, seeded.longSpans.length));
      heaps.push(await heapAfterGc(page));
      sampleLoad();
    }
    const ratios = opens.map((ms, i) => ms / statics[i]);
    addRow(row({ id: 1, name: `open ${SIZES.longWords.toLocaleString('en')}-word article, ${SIZES.longClaims} claims, vs static HTML`, samples: ratios, unit: '×', target: 1.5, baseline: statics, note: `app ${median(opens).toFixed(0)} ms, static ${median(statics).toFixed(0)} ms` }));
    addRow(row({ id: 9, name: 'JS heap, large case + long article open', samples: heaps, unit: 'MB', target: 150 }));

    step('marking claims');
    // 2. Marking claims in the long article (it is open now).
    const marks = [];
    for (const sel of unclaimedSelections(seeded.longText, seeded.longSpans, SIZES.marks * runs)) marks.push(await markClaim(page, sel));
    sampleLoad();
    addRow(row({ id: 2, name: 'mark a claim in the long article', samples: marks, unit: 'ms', target: 40, on: 'p95', note: `${marks.length} marks` }));
  }

  if (wanted('table')) {
    step('claims table');
    // 4. Claims table.
    await page.goto(`${baseUrl}/`);
    const claimants = smoke ? 2 : 10;
    const t = await claimsTable(page, { runs, claimants, idleWait: smoke ? 300 : 3000 });
    sampleLoad();
    addRow(row({ id: '4a', name: `claims table first render, ${seeded.claims} claims`, samples: t.firstRenders, unit: 'ms', target: 300, note: `first open, right after start: rows in ${t.firstRenders[0].toFixed(0)} ms, all claims in ${t.allClaimsAfterFirst.toFixed(0)} ms` }));
    addRow(row({ id: '4b', name: 'claims table filter', samples: t.filter, unit: 'ms', target: 50, on: 'p95' }));
    addRow(row({ id: '4c', name: 'claims table sort', samples: t.sort, unit: 'ms', target: 50, on: 'p95' }));
    addRow(row({ id: '4d', name: 'claims table full-text search', samples: t.search, unit: 'ms', target: 50, on: 'p95' }));
  }
  await context.close();
} catch (error) {
  failed = error;
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const order = (id) => parseFloat(String(id)) + (String(id).match(/[a-z]$/) ? String(id).charCodeAt(String(id).length - 1) / 1000 : 0);
rows.sort((a, b) => order(a.id) - order(b.id));
console.log(`\n${smoke ? 'Smoke run (tiny sizes)' : `Benchmark, ${runs} runs`}; load average (1 min) ${load.length ? `${Math.min(...load).toFixed(2)}–${Math.max(...load).toFixed(2)}` : 'n/a'} on ${cpus().length} cores\n`);
console.log(table(rows));
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ at: new Date().toISOString(), smoke, runs, only, sizes: SIZES, load, rows }, null, 2)}\n`);

if (failed) {
  console.error('\nbenchmark stopped:', failed);
  process.exit(1);
}
const missing = rows.filter((r) => !Number.isFinite(r.median));
if (smoke) {
  // Fifteen rows when every measure ran.
  const expected = only === MEASURES ? 15 : rows.length;
  if (missing.length > 0 || rows.length !== expected) {
    console.error(`\nsmoke: ${rows.length} of ${expected} measurements, without a number: ${missing.map((r) => r.id).join(', ') || 'none'}`);
    process.exit(1);
  }
  console.log('\nsmoke: every measurement produced a number');
}
