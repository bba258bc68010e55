// Performance check (not a pass/fail benchmark): seeds 20,000 claims over 500
// articles and prints how long the Claims table takes to render, filter, sort
// and search. Run with FACTMARK_PERF=1; skipped otherwise (it takes a minute).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';
import { buildLargeCase, seedLargeCase } from './support/large-case';
import { parseSeedArticle } from '../src-renderer/core/seed-format';

const SAMPLE_DIR = join(import.meta.dirname, '../resources/sample-case');
const SAMPLE = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'];

/** Runs `act` in the page and returns the ms until `done` holds after a DOM change. */
async function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(
    ([actSrc, doneSrc]) =>
      new Promise<number>((resolve) => {
        const isDone = new Function(`return (${doneSrc})`) as () => boolean;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        new Function(actSrc)();
      }),
    [act, done] as const,
  );
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const fmt = (xs: number[]) => `median ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms (n=${xs.length})`;

test('claims table with 20,000 claims over 500 articles', async ({ page }) => {
  test.skip(!process.env.FACTMARK_PERF, 'performance check: set FACTMARK_PERF=1 to run');
  test.setTimeout(300_000);
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  const [theCase] = await page.evaluate(() => withStore<{ id: string }[]>('cases', 'readonly', (s) => s.getAll()));
  const paragraphs = SAMPLE.flatMap((f) => parseSeedArticle(readFileSync(join(SAMPLE_DIR, f), 'utf8')).blocks.map((b) => b.text));
  const data = buildLargeCase(theCase.id, paragraphs, { articles: 500, claimsPerArticle: 40 });
  await seedLargeCase(app, data);
  await page.reload();
  await expect(app.currentView()).toHaveText('Overview', { timeout: 60_000 });
  const report: string[] = [];

  const clickClaims = `[...document.querySelectorAll('nav[aria-label="Case views"] button')].find((b) => b.textContent === 'Claims').click()`;
  const rowsShown = `document.querySelectorAll('.fm-claims-item').length > 0`;
  const firstRenders: number[] = [];
  for (let i = 0; i < 3; i++) {
    firstRenders.push(await timeInPage(page, clickClaims, rowsShown));
    await app.openView('Overview');
  }
  await app.openView('Claims');
  await expect(app.claimsCount()).toHaveText('20,000 of 20,000 claims');
  report.push(`first render of the table: ${firstRenders.map((t) => t.toFixed(0)).join(', ')} ms`);

  const count = `document.querySelector('[role="search"] [role="status"]').textContent`;
  const setSelect = (label: string, value: string) =>
    `const l = [...document.querySelectorAll('.fm-facet')].find((x) => x.querySelector('span').textContent === '${label}'); const s = l.querySelector('select');` +
    `const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; set.call(s, ${value}); s.dispatchEvent(new Event('change', { bubbles: true }));`;
  const filterTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    for (const [label, value] of [['Verdict', `s.options[${2 + (i % 5)}].value`], ['Claimant', `s.options[${1 + i}].value`], ['Verdict', `s.options[0].value`], ['Claimant', `s.options[0].value`]]) {
      const before = await page.evaluate(count);
      filterTimes.push(await timeInPage(page, setSelect(label, value), `${count} !== ${JSON.stringify(before)}`));
    }
  }
  report.push(`filter: ${fmt(filterTimes)}`);

  const sortTimes: number[] = [];
  for (const column of ['Quote', 'Claimant', 'Verdict', 'Status', 'Last change', 'Evidence', 'Links', 'Article']) {
    for (let i = 0; i < 2; i++) {
      const before = await page.evaluate(`document.querySelector('[role="columnheader"][aria-sort]')?.textContent + document.querySelector('[role="columnheader"][aria-sort]')?.getAttribute('aria-sort')`);
      sortTimes.push(
        await timeInPage(
          page,
          `[...document.querySelectorAll('[role="columnheader"] button')].find((b) => b.textContent.startsWith('${column}')).click()`,
          `document.querySelector('[role="columnheader"][aria-sort]')?.textContent + document.querySelector('[role="columnheader"][aria-sort]')?.getAttribute('aria-sort') !== ${JSON.stringify(before)}`,
        ),
      );
    }
  }
  report.push(`sort: ${fmt(sortTimes)}`);

  const typeInto = (q: string) =>
    `const s = document.querySelector('input[type="search"]'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(s, ${JSON.stringify(q)}); s.dispatchEvent(new Event('input', { bubbles: true }));`;
  const queries = ['Syria', 'Putin', 'facebook', 'meddl', 'Speaker B', 'archive', 'Ukraine', 'electon', 'Kremlin', 'Trump said'];
  // The view marks which query its rows reflect (the search renders at low priority).
  const showing = (q: string) => `document.querySelector('.fm-claims-view').dataset.query === ${JSON.stringify(q)}`;
  // The table indexes the case in idle time after it opens; give it that time.
  await page.waitForTimeout(3000);
  const firstSearch = await timeInPage(page, typeInto('Syria'), showing('Syria'));
  report.push(`first search, 3 s after opening the table (index of 20,500 documents built in idle time): ${firstSearch.toFixed(0)} ms`);
  const searchTimes: number[] = [];
  const perQuery: string[] = [];
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      await timeInPage(page, typeInto(''), showing(''));
      const ms = await timeInPage(page, typeInto(q), showing(q));
      searchTimes.push(ms);
      perQuery.push(`${q} ${ms.toFixed(0)}`);
    }
  }
  report.push(`search per query (ms): ${perQuery.join(', ')}`);
  report.push(`search: ${fmt(searchTimes)}`);

  const clickView = (name: string) => `[...document.querySelectorAll('nav[aria-label="Case views"] button')].find((b) => b.textContent === '${name}').click()`;
  const matrixTimes: number[] = [];
  const overviewTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    matrixTimes.push(await timeInPage(page, clickView('Matrix'), `document.querySelectorAll('table.fm-matrix tbody tr').length > 0`));
    overviewTimes.push(await timeInPage(page, clickView('Overview'), `document.querySelector('.fm-verdict-chart') !== null`));
  }
  report.push(`matrix first render: ${matrixTimes.map((t) => t.toFixed(0)).join(', ')} ms; overview: ${overviewTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`Large case (20,000 claims, 500 articles):\n  ${report.join('\n  ')}`);
});
