// A claim whose write fails in IndexedDB: the reviewer is told, the highlight
// is taken back, and nothing of the claim stays stored (not its corrections-log
// entry either, which commits in the same transaction). The failure is real: the
// claim's add reuses an existing claim's id, so Chromium's IndexedDB rejects it.
import { expect, test } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';

const KEPT = '126 million Americans';
const REFUSED = 'posted fake ads on American social media companies';

test('a claim that cannot be stored is not marked and leaves nothing half-written', async ({ page }) => {
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(1);
  await app.markClaim(KEPT);
  await expect(app.inspectorQuote()).toHaveText(KEPT);
  const [kept] = await app.storedClaims();
  const historyCount = () => page.evaluate(() => withStore<number>('history', 'readonly', (store) => store.count()));
  const historyBefore = await historyCount();

  // The next claim written takes the id of the one already stored.
  await page.evaluate((takenId) => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name !== 'claims') return add.call(this, value, key);
      IDBObjectStore.prototype.add = add;
      return add.call(this, { ...(value as object), id: takenId }, key);
    };
  }, kept.id);
  await app.selectText(REFUSED);
  await page.getByRole('button', { name: 'Mark claim' }).click();

  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'The claim could not be saved, so it was not marked' })).toBeVisible();
  await expect(app.marks().filter({ hasText: REFUSED })).toHaveCount(0);
  await expect(app.articleItems().nth(1)).toContainText('1 claim');
  expect((await app.storedClaims()).map((c) => c.quote)).toEqual([KEPT]);
  expect(await historyCount()).toBe(historyBefore);

  // The article still takes new claims.
  await app.markClaim(REFUSED);
  await expect(app.inspectorQuote()).toHaveText(REFUSED);
  await expect(app.articleItems().nth(1)).toContainText('2 claims');
  expect(await historyCount()).toBe(historyBefore + 1);
});
