// The Settings dialog: rename the reviewer, switch the theme, read the storage figures.
import { expect, test } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

test('settings change the reviewer and the theme and show storage use and persistence', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty('Ana Reviewer');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Your name, as it will appear in the corrections log')).toHaveValue('Ana Reviewer');
  await dialog.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dialog.getByText(/used of .* available to Factmark\./)).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/persistently|clear Factmark’s data/);
  await dialog.getByLabel('Your name, as it will appear in the corrections log').fill('Ben Checker');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name, as it will appear in the corrections log')).toHaveValue('Ben Checker');
});
