// Journey: sources belong to the case and are reused across claims; only
// http(s) addresses become links; deleting a cited source asks first.
import { expect, test } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

test('reuse a source on a second claim, show unsafe addresses as text, and confirm deleting a cited source', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(1);
  await app.markClaim('126 million Americans through Facebook');
  const evidence = app.section('Evidence');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await evidence.getByRole('button', { name: 'New source…' }).click();
  await evidence.getByRole('textbox', { name: 'Title', exact: true }).fill('Local copy of the testimony');
  await evidence.getByRole('textbox', { name: 'URL', exact: true }).fill('file:///home/ana/testimony.pdf');
  await evidence.getByRole('button', { name: 'Create source' }).click();
  const row = evidence.getByRole('listitem', { name: 'Local copy of the testimony' });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link')).toHaveCount(0);
  await expect(row.getByRole('combobox', { name: 'Stance: Local copy of the testimony' })).toHaveValue('supports');
  await row.getByRole('combobox', { name: 'Stance: Local copy of the testimony' }).selectOption({ label: 'Context' });

  // A second claim picks the same source by searching for it.
  await app.markClaim('posted fake ads on American social media companies');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await evidence.getByRole('searchbox', { name: 'Find a source of this case' }).fill('testimony');
  await evidence.getByRole('option').filter({ hasText: 'Local copy of the testimony' }).click();
  await page.screenshot({ path: 'test-results/screens/inspector-add-evidence.png' });
  await evidence.getByRole('button', { name: 'Use this source' }).click();
  await expect(evidence.getByRole('listitem', { name: 'Local copy of the testimony' })).toBeVisible();

  await page.getByRole('button', { name: 'Sources of the case…' }).first().click();
  const sources = page.getByRole('dialog', { name: 'Sources of this case' });
  await expect(sources).toContainText('cited by 2 claims');
  await expect(sources.getByRole('link')).toHaveCount(0);
  await sources.getByRole('button', { name: 'Edit source Local copy of the testimony' }).click();
  await sources.getByRole('textbox', { name: 'URL', exact: true }).fill('https://www.judiciary.senate.gov/');
  await sources.getByRole('button', { name: 'Save source' }).click();
  await expect(sources.getByRole('link', { name: 'https://www.judiciary.senate.gov/' })).toBeVisible();
  await sources.getByRole('button', { name: 'Delete source Local copy of the testimony' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete source Local copy of the testimony' });
  await expect(confirm).toContainText('This source is evidence for 2 claims.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(sources).toContainText('Local copy of the testimony');
  await sources.getByRole('button', { name: 'Delete source Local copy of the testimony' }).click();
  await confirm.getByRole('button', { name: 'Delete source' }).click();
  await expect(sources).toContainText('No sources yet.');
  await page.keyboard.press('Escape');
  await expect(evidence).toContainText('No evidence yet.');
});
