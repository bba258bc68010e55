// Journey through the main screens on the sample case, saving a screenshot of
// each. `npm run screenshots` writes them into resources/docs/screenshots/ for
// the README; in `npm test` they go to test-results/screenshots/.
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FactmarkPage } from './pages/factmark-page';

const OUT = process.env.FACTMARK_SCREENSHOT_DIR ?? join('test-results', 'screenshots');

test('the main screens of a fact-check, as the README shows them', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });
  const app = new FactmarkPage(page);
  await page.setViewportSize({ width: 1400, height: 860 });
  await app.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Factmark' })).toBeVisible();
  await shot('welcome');

  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim('He said he as absolutely did not meddle in our election');
  await app.setVerdict('False');
  await app.markClaim('he did not do what they are saying he did');
  await app.setVerdict('Mostly false');
  await app.markClaim('Every time he sees me he says I didn’t do that');
  await app.setVerdict('Half true');
  await app.openArticle(1);
  await app.markClaim('126 million Americans through Facebook');
  await app.setVerdict('Mostly true');
  await app.openArticle(0);
  await app.marks().first().click();
  await expect(app.inspectorQuote()).toHaveText('He said he as absolutely did not meddle in our election');
  await shot('article');

  await app.openView('Claims');
  await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible();
  await shot('claims');
  await app.openView('Overview');
  await shot('overview');
  await app.openView('Matrix');
  await shot('matrix');
});
