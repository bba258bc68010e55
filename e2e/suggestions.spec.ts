// Journey: mark a claim, see the same statement suggested in another outlet's
// article, link it in one click, link the Kremlin's contradicting account,
// dismiss a suggestion for good, and read the result in the matrix.
import { expect, test } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';

const EVERY_A = 'Every time he sees me he says I didn’t do that';
const EVERY_B = '“Every time he sees me, he says, ‘I didn’t do that.';
const DENIAL_A = 'He said he as absolutely did not meddle in our election';
const KREMLIN_B = 'did not discuss alleged election meddling on Saturday';

test('suggested links: accept as same claim, accept a contradiction, dismiss for good, see them in the matrix', async ({ page }) => {
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openView('Articles');
  await app.openArticle(0);

  // Marking a claim proposes the matching passage of Outlet B first; the time to show it is printed.
  const asked = Date.now();
  await app.markClaim(EVERY_A);
  await expect(app.suggestions().first()).toContainText(EVERY_B);
  const shownAfter = Date.now() - asked;
  const measured = await page.evaluate(() => performance.getEntriesByName('factmark:suggestions').map((e) => Math.round(e.duration)));
  console.log(`suggestions shown ${shownAfter} ms after Mark claim (request to render: ${measured.join(', ')} ms)`);
  const first = app.suggestions().first();
  await expect(first).toContainText('same claim');
  await expect(first).toContainText('Outlet B');

  // One click marks the passage in Outlet B's article and links it as the same claim.
  await first.getByRole('button', { name: 'Link as same claim' }).click();
  const links = app.section('Links').getByRole('list', { name: 'Links' });
  await expect(links).toContainText('Same claim as');
  await expect(links).toContainText(EVERY_B);
  await expect(app.suggestion(EVERY_B)).toHaveCount(0);
  expect((await app.storedClaims()).map((c) => c.quote)).toContain(EVERY_B);

  // Marking and linking is one undo step, and comes back on redo.
  await page.keyboard.press('Control+z');
  await expect(app.suggestion(EVERY_B)).toHaveCount(1);
  await expect(app.section('Links').getByText('Not linked to other claims.')).toBeVisible();
  expect((await app.storedClaims()).map((c) => c.quote)).not.toContain(EVERY_B);
  await page.keyboard.press('Control+Shift+z');
  await expect(links).toContainText(EVERY_B);
  await expect(app.suggestion(EVERY_B)).toHaveCount(0);

  // The new claim opens in Outlet B's article, linked back.
  await links.getByRole('button', { name: /^Open: Same claim as “Every time he sees me/ }).click();
  await expect(app.inspectorQuote()).toHaveText(EVERY_B);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Putin');
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText(EVERY_A);

  // The denial: the Kremlin's account is among the first three, as contradicting.
  await app.openArticle(0);
  await app.markClaim(DENIAL_A);
  await expect(app.suggestions().first()).toBeVisible();
  const warm = await page.evaluate(() => performance.getEntriesByName('factmark:suggestions').map((e) => Math.round(e.duration)));
  console.log(`suggestions with a warm index: request to render ${warm.at(-1)} ms`);
  const topThree = (await app.suggestions().allInnerTexts()).slice(0, 3);
  const kremlinAt = topThree.findIndex((t) => t.includes(KREMLIN_B));
  expect(kremlinAt, topThree.join('\n---\n')).toBeGreaterThanOrEqual(0);
  const kremlin = app.suggestion(KREMLIN_B);
  await expect(kremlin).toContainText('contradicts');

  // Dismiss another suggestion; it stays dismissed, also after a reload.
  const other = app.suggestions().filter({ hasNotText: KREMLIN_B }).first();
  const otherText = (await other.locator('blockquote').innerText()).slice(0, 40);
  await other.getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.suggestion(otherText)).toHaveCount(0);

  await kremlin.getByRole('button', { name: 'Link as contradicting' }).click();
  // The link list shortens the quote: the sentence opens with The Hill's report of the Kremlin's statement.
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText('Contradicts“But The Hill reported that Putin’s office insisted');

  await page.reload();
  await app.openView('Articles');
  await app.openArticle(0);
  await app.openMark(DENIAL_A);
  await expect(app.inspectorQuote()).toHaveText(DENIAL_A);
  await expect(app.section('Suggested links').locator('[aria-busy]')).toHaveCount(0);
  await expect(app.suggestion(otherText)).toHaveCount(0);
  await expect(app.suggestion(KREMLIN_B)).toHaveCount(0);

  // The matrix: the 000/001 group of two claims, and the Kremlin's contradiction against the denial.
  await app.openView('Matrix');
  await expect(app.matrixRow(EVERY_A).getByRole('cell')).toHaveText(['Not rated', '2', '0', 'States', 'States', '—Omits']);
  await expect(app.matrixRow(DENIAL_A).getByRole('cell')).toHaveText(['Not rated', '1', '1', 'States', 'Contradicts', '—Omits']);
});
