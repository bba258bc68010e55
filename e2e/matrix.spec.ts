// Journey: mark the same claim in two outlets' articles and a claim that
// contradicts another, link them, and read the contradiction matrix: who
// states, denies or contradicts what; a cell opens its passage.
import { expect, test } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';
import { fillOpenCase } from './support/fill-open-case';

const DENIAL_A = 'He said he as absolutely did not meddle in our election';
const DENIAL_B = 'He said he didn’t meddle';
const RAISED_A = 'he spoke with Russian President Vladimir Putin about meddling in the 2016 election';
const KREMLIN_B = 'did not discuss alleged election meddling on Saturday';

test('the matrix shows a claim group across two articles and a contradiction, and opens a passage', async ({ page }) => {
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openView('Matrix');
  await expect(page.getByText('No claims yet. Mark claims in the articles')).toBeVisible();
  await app.openView('Articles');

  await app.openArticle(0);
  await app.markClaim(DENIAL_A);
  await app.setVerdict('False');
  await app.markClaim(RAISED_A);
  await app.openArticle(1);
  await app.markClaim(DENIAL_B);
  await app.markClaim(KREMLIN_B);

  // Links are stored as the linking panel stores them: one row per link, written here straight into IndexedDB.
  const claims = await app.storedClaims();
  const id = (quote: string) => claims.find((c) => c.quote === quote)!.id;
  const caseId = claims[0].caseId;
  const at = new Date().toISOString();
  await app.putRows('links', [
    { id: 'link-same', caseId, fromClaimId: id(DENIAL_B), toClaimId: id(DENIAL_A), kind: 'same', createdAt: at },
    { id: 'link-contra', caseId, fromClaimId: id(KREMLIN_B), toClaimId: id(RAISED_A), kind: 'contradicts', createdAt: at },
  ]);

  // Dexie's live queries do not see writes made behind its back: reload, as after a restart.
  await page.reload();
  await expect(app.currentView()).toHaveText('Overview');
  await app.openView('Matrix');
  const table = page.getByRole('table', { name: 'Claim groups against the articles of the case' });
  await expect(table.getByRole('columnheader')).toHaveText(['Claim', 'Verdict', 'Claims', 'Against', 'Outlet A', 'Outlet B', 'Outlet C']);
  await expect(table.getByRole('columnheader', { name: 'Outlet A' })).toHaveAttribute('title', /^President Donald Trump said/);

  // Putin's denial, reported by Outlet A and Outlet B, is one group of two claims.
  // (An omitted cell shows a dash and says "Omits" to screen readers.)
  const denial = app.matrixRow(DENIAL_A);
  await expect(denial.getByRole('cell')).toHaveText(['False', '2', '0', 'States', 'States', '—Omits']);
  await expect(denial.getByRole('button', { name: 'States' }).nth(1)).toHaveAttribute('title', `Outlet B states: “${DENIAL_B}”`);
  // Trump's account is contradicted in Outlet B by the Kremlin's.
  const raised = app.matrixRow(RAISED_A);
  await expect(raised.getByRole('cell')).toHaveText(['Not rated', '1', '1', 'States', 'Contradicts', '—Omits']);
  await expect(table.locator('tbody tr')).toHaveCount(3);

  // Sorting by group size puts the two-claim group first; the header says so.
  await table.getByRole('button', { name: 'Claims', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Claims', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(DENIAL_A);
  await table.getByRole('button', { name: 'Against', exact: true }).click();
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(RAISED_A);

  // The legend explains the rules in words.
  await expect(page.getByRole('complementary', { name: 'How to read the matrix' })).toContainText('linked “contradicts”');

  // A cell opens its passage in the Articles view.
  await denial.getByRole('button', { name: 'States' }).nth(1).click();
  await expect(app.currentView()).toHaveText('Articles');
  await expect(app.inspectorQuote()).toHaveText(DENIAL_B);
  await expect(app.marks().filter({ hasText: DENIAL_B })).toBeInViewport();
});

test('a matrix of many articles draws the columns in view, and scrolling shows the far ones with their cells', async ({ page }) => {
  test.setTimeout(120_000);
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  await fillOpenCase(app, { articles: 120, claimsPerArticle: 3 });
  await page.reload();
  await app.openView('Matrix');
  const matrix = page.locator('table.fm-matrix');
  await expect(matrix).toHaveAttribute('aria-colcount', String(4 + 120));
  const articleHeaders = matrix.locator('thead th.fm-matrix-article');
  await expect(articleHeaders.first()).toHaveAttribute('aria-colindex', '5');
  // Only the columns in view (and a few more) are drawn.
  expect(await articleHeaders.count()).toBeLessThan(30);
  // The far end: the last article's column, its header and a cell in each row drawn.
  await page.locator('.fm-matrix-scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(articleHeaders.last()).toHaveAttribute('aria-colindex', String(4 + 120));
  const lastColumn = await articleHeaders.count();
  const firstRow = matrix.locator('tbody tr').first();
  await expect(firstRow.locator('td.fm-matrix-cell')).toHaveCount(lastColumn);
  await expect(firstRow.locator('td.fm-matrix-cell').last()).toHaveAttribute('aria-colindex', String(4 + 120));
  // The header cells line up with the body cells under them.
  const headerBox = (await articleHeaders.last().boundingBox())!;
  const cellBox = (await firstRow.locator('td.fm-matrix-cell').last().boundingBox())!;
  expect(Math.abs(headerBox.x - cellBox.x)).toBeLessThan(1);
  expect(Math.abs(headerBox.width - cellBox.width)).toBeLessThan(1);
});
