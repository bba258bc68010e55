// Journey: automatic backups of all cases. The start-up backup happens by
// itself, "Back up now" adds one, a deleted case comes back from a backup
// through Settings as a new copy with every article, claim and verdict, and a
// damaged backup is refused with nothing written.
import { expect, test, type Page } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';

const TITLE = 'Trump and Putin at APEC (sample)';
const KREMLIN = 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday.';
const FACEBOOK = '126 million Americans through Facebook';

interface CaseRows {
  articles: { title: string; text: string; order: number }[];
  claims: { quote: string; statement: string; claimant: string; verdict: unknown; article: string }[];
}

/** A case's articles and claims as stored, without ids, in a stable order. */
async function caseRows(page: Page, title: string): Promise<CaseRows> {
  const cases = await page.evaluate(() => withStore<{ id: string; title: string }[]>('cases', 'readonly', (s) => s.getAll()));
  const id = cases.find((c) => c.title === title)?.id;
  const articles = (await page.evaluate(() => withStore<{ id: string; caseId: string; title: string; text: string; order: number }[]>('articles', 'readonly', (s) => s.getAll()))).filter((a) => a.caseId === id);
  const claims = (await page.evaluate(() => withStore<{ caseId: string; articleId: string; statement: string; claimant: string; verdict: unknown; anchor: { quote: { exact: string } } }[]>('claims', 'readonly', (s) => s.getAll()))).filter((c) => c.caseId === id);
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  return {
    articles: articles.map(({ title: t, text, order }) => ({ title: t, text, order })).sort((a, b) => a.order - b.order),
    claims: claims.map((c) => ({ quote: c.anchor.quote.exact, statement: c.statement, claimant: c.claimant, verdict: c.verdict, article: titleOf.get(c.articleId)! })).sort((a, b) => a.quote.localeCompare(b.quote)),
  };
}

/** Puts a backup straight into the browser's backup store, as a damaged disk might leave it. */
async function plantBackup(page: Page, name: string, createdAt: string, json: string): Promise<void> {
  await page.evaluate(
    ([n, at, body]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('factmark-backups');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['infos', 'bodies'], 'readwrite');
          tx.objectStore('infos').put({ name: n, createdAt: at, bytes: body.length });
          tx.objectStore('bodies').put({ name: n, json: body });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [name, createdAt, json] as const,
  );
}

function settings(page: Page) {
  return page.getByRole('dialog', { name: 'Settings' });
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  return settings(page).getByRole('region', { name: 'Backups' });
}

test.beforeEach(async ({ page }) => {
  await installIdbHelper(page);
});

test('backs up by itself and on demand, and restores a deleted case from a backup as a new copy', async ({ page }, testInfo) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(1);
  await app.markClaim(FACEBOOK);
  await app.setVerdict('Half true');
  await app.fillField('Conclusion', 'Possible viewers of posts, not people reached by ads.');
  await app.markClaim(KREMLIN);
  await app.fillField('Claimant', 'Kremlin press office');
  await app.setVerdict('False');
  await expect(app.saveState()).toHaveText('Saved');
  const before = await caseRows(page, TITLE);
  expect(before.articles).toHaveLength(3);
  expect(before.claims).toHaveLength(2);

  // The start-up backup comes by itself, a few seconds after the app opened.
  let backups = await openSettings(page);
  await expect(backups).toContainText('backs up all cases shortly after it starts');
  await expect(backups.getByRole('list', { name: 'Kept backups' }).getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });

  // Back up now: a second backup, with the two rated claims.
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/^Backed up all cases \(/)).toBeVisible();
  const items = backups.getByRole('list', { name: 'Kept backups' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toHaveText(/ · \d+(\.\d)? KB/);
  await settings(page).getByRole('button', { name: 'Close' }).click();

  // Another case to land on, then delete the sample case with its claims.
  await app.newCase('Scratch');
  await app.deleteCase(TITLE);
  await expect.poll(() => app.storedClaims()).toEqual([]);

  // Restore it from the newest backup, picking it among the backup's cases.
  backups = await openSettings(page);
  await backups.getByRole('list', { name: 'Kept backups' }).getByRole('button', { name: /^Restore from the backup of / }).first().click();
  const pick = backups.getByRole('group', { name: /^Cases in the backup of / });
  const sample = pick.getByRole('checkbox', { name: new RegExp(`^${TITLE.replace(/[()]/g, '\\$&')} — 3 articles, 2 claims, 2 verdicts$`) });
  await expect(sample).toBeChecked();
  await settings(page).screenshot({ path: testInfo.outputPath('settings-backups.png') });
  await pick.getByRole('button', { name: 'Restore selected' }).click();
  await expect(backups.getByText('Restored 1 case as new copies.')).toBeVisible();
  await backups.getByRole('button', { name: /^Open “Trump and Putin at APEC \(sample\) \(restored from backup of .+\)”$/ }).click();
  await expect(settings(page)).toBeHidden();
  // The copy opens asynchronously: wait for the switcher to show it, then read its title.
  const shown = page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked');
  await expect(shown).toHaveText(/^Trump and Putin at APEC \(sample\) \(restored from backup of .+\)$/);
  const restoredTitle = (await shown.textContent())!;

  // Every article, claim and verdict is back, in content.
  expect(await caseRows(page, restoredTitle)).toEqual(before);
  await app.openView('Claims');
  await expect(app.claimRows()).toHaveCount(2);
  await expect(app.claimRows().filter({ hasText: FACEBOOK })).toContainText('Half true');
  await expect(app.claimRows().filter({ hasText: 'did not discuss alleged election meddling' })).toContainText('False');
});

test('a damaged backup is refused with a clear message and writes nothing', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  const cases = () => page.evaluate(() => withStore<unknown[]>('cases', 'readonly', (s) => s.getAll())).then((all) => all.length);
  expect(await cases()).toBe(1);
  // The backup store exists once the app has looked into it.
  await expect((await openSettings(page)).getByRole('button', { name: 'Back up now' })).toBeVisible();
  await settings(page).getByRole('button', { name: 'Close' }).click();
  await plantBackup(page, 'factmark-backup-20991231T235900000Z.json', '2099-12-31T23:59:00.000Z', '{"format":"factmark-backup","version":1,"exportedAt":"2099-12-31T23:59:00.000Z","cases":[{"case":{}}]}');
  const backups = await openSettings(page);
  await backups.getByRole('list', { name: 'Kept backups' }).getByRole('button', { name: /^Restore from the backup of / }).first().click();
  await expect(backups.getByRole('alert')).toHaveText(/^This backup cannot be restored: .*cases\[0\]\.case.* Nothing was changed\.$/);
  await expect(backups.getByRole('group')).toHaveCount(0);
  expect(await cases()).toBe(1);
});

test('with every case deleted, the welcome screen still leads to the backups', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  let backups = await openSettings(page);
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/^Backed up all cases \(/)).toBeVisible();
  await settings(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Factmark/);

  backups = await openSettings(page);
  await backups.getByRole('list', { name: 'Kept backups' }).getByRole('button', { name: /^Restore from the backup of / }).first().click();
  await backups.getByRole('group', { name: /^Cases in the backup of / }).getByRole('button', { name: 'Restore selected' }).click();
  // The restored copy is the only case, so the app opens it at once.
  await expect(page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked')).toHaveText(/^Trump and Putin at APEC \(sample\) \(restored from backup of .+\)$/);
  await expect(app.articleItems()).toHaveCount(3);
});
