// Hard stops: the renderer is crashed (CDP Page.crash) during an import of
// many files, right after marking a claim, while typing in the inspector and
// in the middle of a large write; a new page of the same profile must then find
// a consistent database (see support/db-consistency.ts).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { FactmarkPage, SEED_FILES, installIdbHelper } from './pages/factmark-page';
import { importBatches, orphanMarks, readSnapshot, storedProblems } from './support/db-consistency';

const BATCH = 40;
const files = Array.from({ length: BATCH }, (_, i) => ({
  name: `report-${i}.html`,
  mimeType: 'text/html',
  buffer: Buffer.from(`<!DOCTYPE html><html><head><title>Report ${i}</title></head><body>${'<p>Paragraph of report ' + i + ' with enough words to read.</p>'.repeat(200)}</body></html>`),
}));

let killPoints = 0;
let inconsistent = 0;

async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  killPoints++;
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  // Page.crash never answers: the renderer is gone before it could.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** A fresh page of the same profile after the crash; returns the stored-data problems it finds. */
async function reopen(context: BrowserContext): Promise<{ page: Page; app: FactmarkPage; problems: string[] }> {
  const page = await context.newPage();
  const app = new FactmarkPage(page);
  await app.open();
  const snapshot = await readSnapshot(page);
  const problems = storedProblems(snapshot);
  if (problems.length) inconsistent++;
  return { page, app, problems };
}

test.beforeEach(async ({ page }) => {
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  await app.importFiles([SEED_FILES[0]]);
});

test.afterAll(() => {
  console.log(`hard stops: ${killPoints} kill points, ${inconsistent} inconsistent databases`);
});

test('a crash during an import of many files adds all of them or none', async ({ page, context }) => {
  test.setTimeout(180_000);
  let current = page;
  for (const delay of [0, 150, 400, 800, 1500, 3000]) {
    const app = new FactmarkPage(current);
    const before = (await readSnapshot(current)).articles.length;
    await current.getByRole('button', { name: 'Import articles…' }).first().click();
    const chooser = current.waitForEvent('filechooser');
    await app.importDialog().getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(files);
    await current.waitForTimeout(delay);
    await crash(current);
    const after = await reopen(context);
    expect(after.problems).toEqual([]);
    const snapshot = await readSnapshot(after.page);
    const added = snapshot.articles.length - before;
    expect([0, BATCH], `added after a crash at ${delay} ms`).toContain(added);
    for (const [at, n] of importBatches(snapshot.articles)) expect([1, BATCH], `batch ${at}`).toContain(n);
    current = after.page;
  }
});

test('a crash right after marking a claim or while typing in the inspector leaves claims and highlights matched', async ({ page, context }) => {
  const app = new FactmarkPage(page);
  await app.openView('Articles');
  await app.openArticle(0);
  await app.markClaim('he denied it');
  await crash(page);
  let after = await reopen(context);
  expect(after.problems).toEqual([]);
  await after.app.openView('Articles').catch(() => undefined);
  await after.app.openArticle(0);
  let snapshot = await readSnapshot(after.page);
  expect(snapshot.claims.length).toBeLessThanOrEqual(1);
  expect(await orphanMarks(after.page, snapshot.claims)).toEqual([]);
  await expect(after.app.marks()).toHaveCount(snapshot.claims.length);

  // Mark, then crash mid-typing in the inspector.
  await after.app.markClaim('Putin');
  await after.app.field('Claimant').pressSequentially('Vladimir Pu', { delay: 20 });
  await crash(after.page);
  after = await reopen(context);
  expect(after.problems).toEqual([]);
  await after.app.openView('Articles').catch(() => undefined);
  await after.app.openArticle(0);
  snapshot = await readSnapshot(after.page);
  expect(await orphanMarks(after.page, snapshot.claims)).toEqual([]);
  await expect(after.app.marks()).toHaveCount(snapshot.claims.length);
});

test('a crash in the middle of a large restore write leaves none of it', async ({ page, context }) => {
  const before = await readSnapshot(page);
  const caseId = before.articles[0].caseId;
  // A restored bundle is one transaction of many rows; crash while it is being written.
  void page.evaluate((id) => {
    const open = indexedDB.open('factmark');
    open.onsuccess = () => {
      const tx = open.result.transaction(['articles', 'articleBodies', 'claims'], 'readwrite');
      const text = 'Restored paragraph. '.repeat(2000);
      for (let i = 0; i < 3000; i++) {
        const articleId = `restored-a${i}`;
        tx.objectStore('articleBodies').put({ id: articleId, caseId: id, text, blocks: [{ type: 'paragraph', text }] });
        tx.objectStore('articles').put({ id: articleId, caseId: id, title: `Restored ${i}`, contentHash: articleId, order: 1000 + i, origin: { format: 'bundle', name: 'big.factmark', importedAt: '2026-12-01T00:00:00.000Z' } });
        tx.objectStore('claims').put({ id: `restored-c${i}`, caseId: id, articleId, anchor: { state: 'anchored', quote: { exact: 'Restored' }, position: { start: 0, end: 8 } } });
      }
    };
  }, caseId).catch(() => undefined);
  await page.waitForTimeout(300);
  await crash(page);
  const after = await reopen(context);
  expect(after.problems).toEqual([]);
  const snapshot = await readSnapshot(after.page);
  const restored = snapshot.articles.filter((a) => a.id.startsWith('restored-')).length;
  expect([0, 3000]).toContain(restored);
  expect(snapshot.claims.filter((c) => c.id.startsWith('restored-')).length).toBe(restored);
});
