// Journey: mark and rate claims in the sample case, then find them in the
// Claims table: filter by verdict and claimant, search article text, sort,
// and open a claim from its row in its article. Search runs in a worker that
// indexes a case as soon as it opens and follows edits.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';
import { fillOpenCase } from './support/fill-open-case';

const CLAIMS = [
  { article: 0, text: 'He said he as absolutely did not meddle in our election', rating: 'False', claimant: 'Vladimir Putin' },
  { article: 0, text: 'they discussed Syria', rating: 'True', claimant: 'Donald Trump' },
  { article: 1, text: '126 million Americans through Facebook', rating: 'Half true', claimant: '' },
  { article: 2, text: 'artificial barrier', rating: 'False', claimant: 'Donald Trump' },
];

test('filter, search, sort the claims table and open a claim from a row', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  // A case without claims opens on its articles; the Claims view says what to do.
  await expect(app.currentView()).toHaveText('Articles');
  await app.openView('Claims');
  await expect(page.getByText('No claims yet. Open the Articles view')).toBeVisible();
  await page.getByRole('button', { name: 'Go to Articles' }).click();

  for (const c of CLAIMS) {
    await app.openArticle(c.article);
    await app.markClaim(c.text);
    await app.setVerdict(c.rating);
    if (c.claimant) await app.setClaimant(c.claimant);
  }

  await app.openView('Claims');
  await expect(app.claimsCount()).toHaveText('4 of 4 claims');
  const first = app.claimRows().first();
  await expect(first).toContainText('Outlet A');
  await expect(first).toContainText(CLAIMS[0].text);
  await expect(first).toContainText('Vladimir Putin');
  await expect(first.getByRole('gridcell').nth(3)).toHaveText('Open');
  await expect(first.getByRole('gridcell').nth(4)).toHaveText('False');

  // Filter by verdict, then also by claimant (AND), then clear.
  const filters = app.claimsSearch();
  await filters.getByLabel('Verdict').selectOption({ label: 'False (2)' });
  await expect(app.claimsCount()).toHaveText('2 of 4 claims');
  await expect(app.claimRows()).toHaveText([new RegExp(CLAIMS[0].text), new RegExp(CLAIMS[3].text)]);
  await filters.getByLabel('Claimant').selectOption({ label: 'Donald Trump (2)' });
  await expect(app.claimsCount()).toHaveText('1 of 4 claims');
  await expect(app.claimRows()).toHaveCount(1);
  await expect(app.claimRows().first()).toContainText('artificial barrier');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(app.claimsCount()).toHaveText('4 of 4 claims');
  await filters.getByLabel('Claimant').selectOption({ label: 'No claimant (1)' });
  await expect(app.claimRows()).toHaveCount(1);
  await expect(app.claimRows().first()).toContainText('126 million');
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // Full-text search: "/" focuses the box; article-text matches show a highlighted passage.
  await app.claimsGrid().focus();
  await page.keyboard.press('Control+F');
  await expect(page.getByRole('searchbox', { name: 'Search claims and article text' })).toBeFocused();
  await app.claimsGrid().focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search claims and article text' })).toBeFocused();
  await page.keyboard.type('Syria');
  await expect(app.claimsCount()).toHaveText('4 of 4 claims');
  const facebook = app.claimRows().filter({ hasText: '126 million' });
  await expect(facebook).toContainText('In the article:');
  await expect(facebook.locator('mark.fm-search-hit').first()).toHaveText('Syria');
  const syriaRow = app.claimRows().filter({ hasText: 'they discussed Syria' });
  await expect(syriaRow.locator('.fm-cell-quote mark.fm-search-hit')).toHaveText('Syria');
  // A word only in one article narrows the claims to that article's.
  await page.getByRole('searchbox').fill('Ukraine');
  await expect(app.claimsCount()).toHaveText('1 of 4 claims');
  await expect(app.claimRows().first()).toContainText('126 million');
  // Prefix matching, highlighted wherever the word shows (here the claimant).
  await page.getByRole('searchbox').fill('vladim');
  await expect(app.claimRows().first().getByRole('gridcell').nth(2).locator('mark')).toHaveText('Vladimir');
  await page.getByRole('searchbox').fill('');
  await expect(app.claimsCount()).toHaveText('4 of 4 claims');

  // Sort by a column: ascending, then descending.
  await app.columnHeader('Quote').getByRole('button').click();
  await expect(app.columnHeader('Quote')).toHaveAttribute('aria-sort', 'ascending');
  await expect(app.claimRows().first()).toContainText('126 million');
  await app.columnHeader('Quote').getByRole('button').click();
  await expect(app.columnHeader('Quote')).toHaveAttribute('aria-sort', 'descending');
  await expect(app.claimRows().first()).toContainText('they discussed Syria');
  await expect(app.columnHeader('Article')).not.toHaveAttribute('aria-sort', /.*/);

  // Keyboard: arrows move the row focus, Enter opens the claim in its article.
  await app.claimsGrid().focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.claimRows().nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(app.claimRows().nth(1)).toContainText('He said he as absolutely');
  await page.keyboard.press('Enter');
  await expect(app.currentView()).toHaveText('Articles');
  await expect(app.inspectorQuote()).toHaveText(CLAIMS[0].text);
  await expect(app.articleItems().nth(0).locator('..')).toHaveAttribute('aria-selected', 'true');

  // A click on a row does the same; coming back finds the table as it was left.
  await app.openView('Claims');
  await expect(app.columnHeader('Quote')).toHaveAttribute('aria-sort', 'descending');
  await filters.getByLabel('Verdict').selectOption({ label: 'Half true (1)' });
  await app.claimRows().filter({ hasText: '126 million' }).click();
  await expect(app.currentView()).toHaveText('Articles');
  await expect(app.inspectorQuote()).toHaveText(CLAIMS[2].text);
  await expect(app.marks().filter({ hasText: '126 million' })).toBeInViewport();
  await app.openView('Claims');
  await expect(app.claimsCount()).toHaveText('1 of 4 claims');
  await expect(filters.getByLabel('Verdict').locator('option:checked')).toHaveText('Half true (1)');
});

test('a search right after opening a large case finds imported article text, and an edited statement without reloading', async ({ page }) => {
  test.setTimeout(120_000);
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  const file = join(mkdtempSync(join(tmpdir(), 'factmark-search-')), 'harbour-report.txt');
  writeFileSync(file, 'The harbour ferry ran late on Tuesday.\n\nThe mayor blamed the quetzal festival crowds for the delay.\n');
  await app.importFiles([file]);
  await app.openArticle(0);
  await app.markClaim('The harbour ferry ran late on Tuesday.');
  // 1,200 more claims over 60 articles, written straight into the database; the reload opens the case with them.
  await fillOpenCase(app, { articles: 60, claimsPerArticle: 20 });
  await page.reload();
  await app.openView('Claims');

  // A word only in the imported article's text (not in any claim) finds that article's claim.
  await page.getByRole('searchbox').fill('quetzal');
  await expect(app.claimsCount()).toHaveText('1 of 1,201 claims');
  const row = app.claimRows().first();
  await expect(row).toContainText('The harbour ferry ran late on Tuesday.');
  await expect(row.locator('.fm-cell-second')).toContainText('In the article:');
  await expect(row.locator('.fm-cell-second mark.fm-search-hit')).toHaveText('quetzal');
  await expect(page.locator('.fm-claims-view')).toHaveAttribute('data-query', 'quetzal');
  // The worker says when its index of the case is complete (searches were complete before that too).
  await expect(page.locator('.fm-claims-view')).toHaveAttribute('data-search-index', 'complete');

  // An edited statement is found at once, without reloading: the worker follows the write.
  await row.click();
  await app.fillField('Statement', 'Ferry delays, blamed by the zanzibari harbourmaster on crowds');
  await app.openView('Claims');
  await page.getByRole('searchbox').fill('zanzibari');
  await expect(app.claimsCount()).toHaveText('1 of 1,201 claims');
  await expect(app.claimRows().first().locator('.fm-cell-second mark.fm-search-hit')).toHaveText('zanzibari');

  // Only the rows in view are rendered, in any part of a long table: End goes to the last of 1,201
  // claims, its row shown in the grid; opening it and coming back finds it in view again.
  await page.getByRole('searchbox').fill('');
  await expect(app.claimsCount()).toHaveText('1,201 of 1,201 claims');
  expect(await app.claimRows().count()).toBeLessThan(60);
  await app.claimsGrid().focus();
  await page.keyboard.press('End');
  const last = page.locator('.fm-claims-item[aria-rowindex="1202"]');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  expect(await app.claimRows().count()).toBeLessThan(60);
  await page.keyboard.press('PageUp');
  const selected = page.locator('.fm-claims-item[aria-selected="true"]');
  await expect(selected).toBeInViewport();
  const index = Number(await selected.getAttribute('aria-rowindex'));
  expect(index).toBeLessThan(1202);
  expect(index).toBeGreaterThan(1170);
  const quote = await selected.locator('.fm-cell-quote').textContent();
  await page.keyboard.press('Enter');
  await expect(app.currentView()).toHaveText('Articles');
  await app.openView('Claims');
  await expect(page.locator(`.fm-claims-item[aria-rowindex="${index}"]`)).toBeInViewport();
  await expect(page.locator(`.fm-claims-item[aria-rowindex="${index}"] .fm-cell-quote`)).toHaveText(quote!);
});

test('right after a large case opens, the Claims table shows the claims read so far and says how far the reading has got', async ({ page }) => {
  test.setTimeout(120_000);
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  await fillOpenCase(app, { articles: 200, claimsPerArticle: 12 });
  // A slowed processor stands in for a much larger case on a laptop: the reading lasts long enough to
  // be seen. The page itself opens Claims as soon as the case's views show and notes the first moment
  // the table has rows while the reading goes on (a click from the test would come too late).
  await page.addInitScript(() => {
    const w = window as unknown as { seenWhileReading?: object };
    let opened = false;
    const look = () => {
      const claimsTab = [...document.querySelectorAll('nav[aria-label="Case views"] button')].find((b) => b.textContent === 'Claims');
      if (claimsTab && !opened) {
        opened = true;
        (claimsTab as HTMLElement).click();
      }
      const reading = document.querySelector('.fm-claims-view .fm-claims-reading[role="status"]');
      const rows = document.querySelectorAll('.fm-claims-item').length;
      if (!w.seenWhileReading && reading && rows > 0) {
        const count = document.querySelector('[role="search"] [role="status"]')?.textContent;
        const firstArticle = document.querySelector('.fm-claims-item .fm-col-article')?.getAttribute('title');
        w.seenWhileReading = { reading: reading.textContent, rows, count, firstArticle };
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.reload();
  const partial = await page.waitForFunction(() => (window as unknown as { seenWhileReading?: object }).seenWhileReading);
  const seen = (await partial.jsonValue()) as { reading: string; rows: number; count: string; firstArticle: string };
  expect(seen.reading).toMatch(/^Reading the case’s claims: [\d,]+ of 2,400…$/);
  // The claims come in the articles' reading order: the first row is already the first article's.
  const articles = await page.evaluate(() => withStore<{ title: string; order: number }[]>('articles', 'readonly', (s) => s.getAll()));
  const firstTitle = articles.sort((x, y) => x.order - y.order)[0].title;
  expect(seen.firstArticle).toBe(firstTitle);
  const shown = Number(seen.count.match(/of ([\d,]+) claims/)![1].replace(/,/g, ''));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(2400);
  // A row opened meanwhile opens its claim in its article once the reader has the claims.
  const quote = await app.claimRows().nth(1).locator('.fm-cell-quote').textContent();
  await app.claimRows().nth(1).click();
  await expect(app.currentView()).toHaveText('Articles');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(app.inspectorQuote()).toHaveText(quote!);
  await app.openView('Claims');
  await expect(app.claimsCount()).toHaveText('2,400 of 2,400 claims');
  await expect(page.locator('.fm-claims-reading')).toHaveCount(0);
  await expect(app.claimRows().first().locator('.fm-col-article')).toHaveAttribute('title', firstTitle);
});

test('when the case’s claims cannot be read, the views say so and Try again reads them', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim('they discussed Syria');
  // A disk that fails the claims' reads until it is "healed" (fault injection in the page).
  await page.addInitScript(() => {
    const real = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (...args: Parameters<typeof real>) {
      if (this.name === 'articleId' && !(window as unknown as { healed?: boolean }).healed) throw new DOMException('The disk could not be read', 'UnknownError');
      return real.apply(this, args);
    };
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The case’s claims could not be read: The disk could not be read');
  await app.openView('Claims');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await page.evaluate(() => ((window as unknown as { healed?: boolean }).healed = true));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(app.claimsCount()).toHaveText('1 of 1 claims');
  await expect(app.claimRows().first()).toContainText('they discussed Syria');
});
