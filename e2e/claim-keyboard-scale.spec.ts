// Journey: moving between claims and rating from the keyboard, the
// shortcuts sheet, and a scale edit that removes a rating still in use.
import { expect, test } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

const FIRST = 'President Donald Trump said that he spoke with Russian President Vladimir Putin';
const SECOND = 'He said he as absolutely did not meddle in our election';
const THIRD = 'artificial barrier';

test('next and previous claim, rating with Alt+digit, and the shortcuts sheet', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim(THIRD);
  await app.markClaim(FIRST);
  await app.markClaim(SECOND);

  await page.keyboard.press('Alt+ArrowDown');
  await expect(app.inspectorQuote()).toHaveText(THIRD);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(app.inspectorQuote()).toHaveText(SECOND);
  await page.locator('.fm-reader-body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('k');
  await expect(app.inspectorQuote()).toHaveText(FIRST);
  await page.keyboard.press('j');
  await expect(app.inspectorQuote()).toHaveText(SECOND);

  await page.keyboard.press('Alt+2');
  await expect(app.verdictOption()).toHaveText('Mostly true');
  await page.keyboard.press('Alt+0');
  await expect(app.verdictOption()).toHaveText('Not rated');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Next claim in the article');
  await expect(sheet).toContainText('Set the verdict to the n-th rating of the scale');
  await page.screenshot({ path: 'test-results/screens/shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});

test('removing a rating in use warns, then unrates those verdicts and logs it', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim(SECOND);
  await app.setVerdict('Pants on fire');
  await app.fillField('Conclusion', 'Putin denied it; the intelligence agencies say otherwise.');

  await page.getByRole('button', { name: 'Rating scale…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rating scale' });
  await dialog.getByRole('button', { name: 'Move Pants on fire up' }).click();
  await expect(dialog.getByLabel('Name of rating 5')).toHaveValue('Pants on fire');
  await dialog.getByRole('button', { name: 'Add rating' }).click();
  await dialog.getByLabel('Name of rating 7').fill('Satire');
  await dialog.getByRole('button', { name: 'Remove Pants on fire' }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 verdict uses a rating this change removes');
  await expect(dialog).toContainText('ClaimReview: best 6, worst 1');
  await page.screenshot({ path: 'test-results/screens/scale-editor-warning.png' });
  await dialog.getByRole('button', { name: 'Save and unrate' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.verdictOption()).toHaveText('Not rated');
  await expect(app.field('Conclusion')).toHaveValue('Putin denied it; the intelligence agencies say otherwise.');
  await expect(app.section('History').getByRole('listitem').first()).toContainText(
    'Verdict: Pants on fire — Putin denied it; the intelligence agencies say otherwise. → Putin denied it',
  );
  await expect(app.inspector().getByRole('combobox', { name: 'Verdict' }).locator('option')).toHaveText([
    'Not rated', 'True', 'Mostly true', 'Half true', 'Mostly false', 'False', 'Satire',
  ]);

  // The free-text preset has no ratings: only the conclusion remains.
  await page.getByRole('button', { name: 'Rating scale…' }).click();
  await dialog.getByLabel('Preset').selectOption({ label: 'Conclusion only (no ratings)' });
  await dialog.getByRole('button', { name: 'Save scale' }).click();
  await expect(app.section('Verdict')).toContainText('This case uses a conclusion without a rating scale.');
});
