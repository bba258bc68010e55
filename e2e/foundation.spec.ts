// Journey: import the seed articles, mark a claim in each, rate them,
// reload, and find everything as it was (real IndexedDB in Chromium).
import { expect, test } from '@playwright/test';
import { FactmarkPage, SEED_FILES } from './pages/factmark-page';

const CLAIMS = [
  { article: 0, text: 'He said he as absolutely did not meddle in our election', via: 'button', rating: 'False' },
  { article: 1, text: '126 million Americans through Facebook', via: 'shortcut', rating: 'Half true' },
  { article: 2, text: 'Trump', via: 'context-menu', rating: 'True' },
] as const;

test('import the seed files, mark and rate a claim in each article, and find it all after a reload', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  const summary = await app.importFiles(SEED_FILES);
  expect(summary).toContain('3 of 3 files imported.');
  await expect(app.articleItems()).toHaveCount(3);
  await expect(app.articleItems().first()).toContainText('2017-11-11');

  for (const c of CLAIMS) {
    await app.openArticle(c.article);
    await app.markClaim(c.text, c.via);
    await app.setVerdict(c.rating);
    await expect(app.marks().filter({ hasText: c.text.slice(0, 10) }).first()).toBeVisible();
  }
  await app.inspector().getByLabel('Claimant').fill('Vladimir Putin');
  await expect(app.inspector().getByRole('status')).toHaveText('Saved');

  // The article text itself cannot be changed by accident in annotation mode.
  await expect(app.articleText()).toHaveAttribute('contenteditable', 'false');

  await page.reload();
  // A case with claims opens on its Overview.
  await expect(app.currentView()).toHaveText('Overview');
  await app.openView('Articles');
  await expect(app.articleItems()).toHaveCount(3);
  for (const c of CLAIMS) {
    await app.openArticle(c.article);
    await expect(app.articleItems().nth(c.article)).toContainText('1 claim');
    const mark = app.marks().first();
    await expect(mark).toHaveText(c.text);
    await mark.click();
    await expect(app.inspectorQuote()).toHaveText(c.text);
    await expect(app.inspector().getByLabel('Verdict').locator('option:checked')).toHaveText(c.rating);
  }
  await expect(app.inspector().getByLabel('Claimant')).toHaveValue('Vladimir Putin');
  await app.openArticle(0);
  await app.marks().first().click();
  await expect(app.inspector().getByLabel('Statement')).toHaveValue(CLAIMS[0].text);
});

test('a highlight takes its verdict colour, and deleting a claim removes its highlight', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim('he denied it');
  const mark = app.marks().first();
  const neutral = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
  await app.setVerdict('False');
  await expect.poll(() => mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe(neutral);
  await app.inspector().getByRole('button', { name: 'Delete claim' }).click();
  await expect(app.marks()).toHaveCount(0);
  await page.reload();
  await expect(app.articleItems()).toHaveCount(3);
  await expect(app.marks()).toHaveCount(0);
});

test('reopens the last case and keeps cases apart', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('dialog', { name: 'Name of the new case' }).getByRole('textbox').fill('Second case');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(app.articleItems()).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Switch case').locator('option:checked')).toHaveText('Second case');
  await page.getByLabel('Switch case').selectOption({ label: 'Trump and Putin at APEC (sample)' });
  await expect(app.articleItems()).toHaveCount(3);
  await page.getByRole('button', { name: 'Rename case' }).click();
  await page.getByRole('dialog', { name: 'Rename case' }).getByRole('textbox').fill('APEC 2017');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByLabel('Switch case').locator('option:checked')).toHaveText('APEC 2017');
  await page.getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByLabel('Switch case').locator('option:checked')).toHaveText('Second case');
});
