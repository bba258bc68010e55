// Journey: open the Quotes panel of an article, jump to a found statement in
// the text, and mark one as a claim in one click with its speaker as claimant.
import { expect, test } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

const KREMLIN = 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling';
const PESKOV = 'No, as far as you know, did the two leaders discuss meddling?';

test('the Quotes panel lists quotes with speakers, jumps to them and marks one as a claim', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openView('Articles');
  await app.openArticle(1);

  await page.getByRole('toolbar', { name: 'Article tools' }).getByRole('button', { name: 'Quotes' }).click();
  const panel = app.quotesPanel();
  await expect(panel.getByRole('status')).toHaveText(/^\d+ statements found$/);
  // Each statement is a list item named by its opening words (the reported clause around it is another).
  const kremlin = panel.getByRole('listitem', { name: /^President Trump and Russian President Vladimir Putin did not discuss/ });
  await expect(kremlin).toContainText('Putin’s office');
  await expect(kremlin).toContainText('Quote');
  await expect(panel.getByRole('listitem', { name: /^Trump told reporters aboard Air Force One/ })).toContainText('Reported');

  // "Show in text" selects the statement in the article.
  await panel.getByRole('listitem', { name: PESKOV }).getByRole('button', { name: 'Show in text' }).click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PESKOV);

  // One click marks it, with the speaker as claimant; the panel then shows it as marked.
  await kremlin.getByRole('button', { name: 'Mark as claim' }).click();
  await expect(app.inspectorQuote()).toContainText(KREMLIN);
  await expect(app.inspector().getByLabel('Claimant')).toHaveValue('Putin’s office');
  await expect(app.marks().filter({ hasText: 'did not discuss alleged election meddling' })).toHaveCount(1);
  await expect(kremlin).toContainText('Marked');
  await expect(kremlin.getByRole('button', { name: 'Mark as claim' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});
