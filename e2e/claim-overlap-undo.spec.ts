// Journey: overlapping claims open one by one through the chooser, and a
// deleted claim comes back by undo with its link, also after a reload.
import { expect, test } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

const OUTER = 'helping them reach a staggering 126 million Americans through Facebook alone';
const INNER = '126 million Americans';
const OTHER = 'posted fake ads on American social media companies';

test('open each of two overlapping claims, delete one and undo the deletion', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(1);
  await app.markClaim(OUTER);
  await app.markClaim(INNER);
  await app.markClaim(OTHER);
  await expect(app.articleItems().nth(1)).toContainText('3 claims');

  // The shared words offer both claims; each opens in the inspector.
  await app.openMark(INNER, OUTER);
  await expect(app.inspectorQuote()).toHaveText(OUTER);
  await app.openMark(INNER, INNER);
  await expect(app.inspectorQuote()).toHaveText(INNER);

  await app.linkClaim('Elaborates', 'fake ads', OTHER);
  await app.setVerdict('Half true');
  await app.inspector().getByRole('button', { name: 'Delete claim' }).click();
  await expect(app.articleItems().nth(1)).toContainText('2 claims');
  await app.openMark(OTHER);
  await expect(app.section('Links')).toContainText('Not linked to other claims.');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Delete claim' })).toBeVisible();
  await expect(app.articleItems().nth(1)).toContainText('3 claims');
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText('Elaborated by');

  // Removing a link is undoable too.
  await app.section('Links').getByRole('button', { name: /^Remove link: Elaborated by/ }).click();
  await expect(app.section('Links')).toContainText('Not linked to other claims.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText('Elaborated by');

  await page.reload();
  await app.openView('Articles');
  await app.openArticle(1);
  await app.openMark(INNER, INNER);
  await expect(app.inspectorQuote()).toHaveText(INNER);
  await expect(app.verdictOption()).toHaveText('Half true');
  const links = app.section('Links').getByRole('list', { name: 'Links' });
  await expect(links).toContainText('Elaborates');
  await expect(links).toContainText(OTHER);
  const history = app.section('History');
  await expect(history).toContainText('marked the claim');
  await expect(history).toContainText('deleted the claim');
});

test('typing is one undo step per field edit, the log shows one change, and rationale links are http(s) only', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim('he denied it');
  const conclusion = app.field('Conclusion');
  await conclusion.pressSequentially('No record of a denial', { delay: 60 });
  await conclusion.blur();
  await expect(app.saveState()).toHaveText('Saved');
  await expect(app.section('History').getByRole('listitem')).toHaveCount(2);
  await expect(app.section('History')).toContainText('Verdict: (none) → No record of a denial');

  await page.locator('.fm-reader-body').click({ position: { x: 5, y: 5 } });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(conclusion).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(conclusion).toHaveValue('No record of a denial');

  // Rationale: links must be http(s); undo brings the editor back to the stored text.
  const rationale = app.inspector().getByRole('textbox', { name: 'Rationale' });
  await rationale.click();
  await page.keyboard.type('See the readout');
  await page.keyboard.press('Shift+Home');
  await app.inspector().getByRole('button', { name: 'Link', exact: true }).click();
  const prompt = page.getByRole('dialog', { name: 'Link address (http or https)' });
  await prompt.getByRole('textbox').fill('javascript:alert(1)');
  await prompt.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Only http and https links can be added.' })).toBeVisible();
  await expect(rationale.locator('a')).toHaveCount(0);
  await rationale.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await app.inspector().getByRole('button', { name: 'Link', exact: true }).click();
  await prompt.getByRole('textbox').fill('https://www.kremlin.ru/events/president/news');
  await prompt.getByRole('button', { name: 'Link' }).click();
  await expect(rationale.locator('a')).toHaveAttribute('href', 'https://www.kremlin.ru/events/president/news');
  await app.inspector().getByRole('button', { name: 'Bulleted list' }).click();
  await expect(rationale.locator('ul li')).toHaveText('See the readout');
  await conclusion.focus();
  await expect(app.saveState()).toHaveText('Saved');
  await expect(app.section('History')).toContainText('Rationale: (none) → See the readout');
  await page.locator('.fm-reader-body').click({ position: { x: 5, y: 5 } });
  // Typing, then the link and list (the link prompt ended the first burst): two steps.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rationale).toHaveText('See the readout');
  await expect(rationale.locator('a, ul')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rationale).toHaveText('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(rationale.locator('ul li a')).toHaveText('See the readout');
});
