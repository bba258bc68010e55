// Journey: a case with rated claims opens on its Overview, which shows the
// verdict counts, the drafted claims waiting for review and the claims whose
// anchor needs review; a queued claim opens in its article.
import { expect, test } from '@playwright/test';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';

test('the overview counts verdicts and lists the claims that wait for the reviewer', async ({ page }) => {
  await installIdbHelper(page);
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  await app.markClaim('He said he as absolutely did not meddle in our election');
  await app.setVerdict('False');
  await app.setClaimant('Vladimir Putin');
  await app.markClaim('they discussed Syria');
  await app.setVerdict('True');
  await app.openArticle(1);
  await app.markClaim('126 million Americans through Facebook');

  // One claim is drafted; another lost its anchor when the article was corrected.
  const claims = await app.storedClaims();
  const full = await page.evaluate(() => withStore<{ id: string; status: string; anchor: Record<string, unknown> }[]>('claims', 'readonly', (s) => s.getAll()));
  const syria = full.find((c) => c.id === claims.find((x) => x.quote === 'they discussed Syria')!.id)!;
  const facebook = full.find((c) => c.id === claims.find((x) => x.quote.startsWith('126 million'))!.id)!;
  await app.putRows('claims', [
    { ...syria, status: 'drafted' },
    { ...facebook, anchor: { ...facebook.anchor, state: 'needs-review', reviewReason: 'The quoted text is no longer in the article.' } },
  ]);
  await page.reload();

  await expect(app.currentView()).toHaveText('Overview');
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('3 articles · 3 claims');
  const chart = overview.getByRole('img', { name: /^Claims by verdict/ });
  await expect(chart).toHaveAttribute('aria-label', 'Claims by verdict: True: 1, Mostly true: 0, Half true: 0, Mostly false: 0, False: 1, Pants on fire: 0, Not rated: 1');
  await expect(chart.locator('g[data-rating="none"] text')).toHaveText(['Not rated', '1']);

  const perClaimant = overview.getByRole('region', { name: 'Claims per claimant' });
  await expect(perClaimant.getByRole('listitem')).toHaveText([/No claimant\s*2/, /Vladimir Putin\s*1/]);
  const perArticle = overview.getByRole('region', { name: 'Claims per article' });
  await expect(perArticle.getByRole('listitem')).toHaveText([/^Outlet A.*2$/, /^Outlet B.*1$/, /^Outlet C.*0$/]);

  const waiting = overview.getByRole('region', { name: /Waiting for review/ });
  await expect(waiting.getByRole('button')).toHaveText([/they discussed Syria/]);
  const queue = overview.getByRole('region', { name: /Re-anchoring queue/ });
  await expect(queue.getByRole('button')).toHaveCount(1);
  await expect(queue.getByRole('button')).toContainText('The quoted text is no longer in the article.');

  await queue.getByRole('button').click();
  await expect(app.currentView()).toHaveText('Articles');
  await expect(app.inspectorQuote()).toHaveText('126 million Americans through Facebook');
  await expect(app.inspector()).toContainText('This claim needs review');
});
