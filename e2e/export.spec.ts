// Journey: export the sample case in every format from the Export dialog and
// check the files; round-trip a case bundle through delete and "Open case
// file…"; refuse a broken bundle; back up and restore all cases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { FactmarkPage, installIdbHelper, SEEDS_DIR } from './pages/factmark-page';

const TITLE = 'Trump and Putin at APEC (sample)';
const KREMLIN = 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday.';
const FACEBOOK = '126 million Americans through Facebook';
const SOURCE_URL = 'https://www.judiciary.senate.gov/imo/media/doc/10-31-17%20Stretch%20Testimony.pdf';
const CLAIMANT = 'Kremlin press office, "Peskov"';
const CONFORMANCE = join(import.meta.dirname, '../../shared/conformance/web-annotation/check.mjs');

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export' });
}

/** Exports in one format from the open dialog and returns the downloaded file. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; path: string; text: string }> {
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const d = await download;
  const path = (await d.path())!;
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${d.suggestedFilename()}.`);
  return { name: d.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** Two rated claims in the second article, one citing a source with a link. */
async function markAndRate(app: FactmarkPage, page: Page) {
  await app.openArticle(1);
  await app.markClaim(FACEBOOK);
  const evidence = app.section('Evidence');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await evidence.getByRole('combobox', { name: 'Stance', exact: true }).selectOption({ label: 'Refutes' });
  await evidence.getByRole('button', { name: 'New source…' }).click();
  await evidence.getByRole('textbox', { name: 'Title', exact: true }).fill('Facebook testimony to the Senate Judiciary Committee');
  await evidence.getByRole('textbox', { name: 'URL', exact: true }).fill(SOURCE_URL);
  await evidence.getByRole('button', { name: 'Create source' }).click();
  await expect(evidence.getByRole('listitem', { name: 'Facebook testimony to the Senate Judiciary Committee' })).toBeVisible();
  await app.setVerdict('Half true');
  await app.fillField('Conclusion', 'Possible viewers of posts, not people reached by ads.');
  await app.markClaim(KREMLIN);
  await app.fillField('Claimant', CLAIMANT);
  await page.keyboard.press('Alt+5');
  await expect(app.verdictOption()).toHaveText('False');
}

test.beforeEach(async ({ page }) => {
  await installIdbHelper(page);
});

test('exports the report, data files and bundle of a rated case from the Export dialog', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await markAndRate(app, page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);

  // HTML: the case title, the quote in a <mark> in its verdict colour, inert and self-contained.
  const html = await exportAs(page, /^HTML report/);
  expect(html.name).toMatch(/^trump-and-putin-at-apec-sample-\d{4}-\d{2}-\d{2}\.html$/);
  expect(html.text).toContain(`<h1>${TITLE}</h1>`);
  expect(html.text).toMatch(new RegExp(`<mark class="claim" style="--c:#f9a825;[^"]*"[^>]*>${FACEBOOK}</mark>`));
  expect(html.text).toMatch(/<mark class="claim" style="--c:#c62828;[^"]*"[^>]*>President Trump and Russian President/);
  expect(html.text).not.toMatch(/<script/i);
  const remote = [...html.text.matchAll(/(?:src|href)\s*=\s*"(https?:[^"]*)"/gi)].map((m) => m[1].replace(/&amp;/g, '&'));
  expect(new Set(remote)).toEqual(new Set([SOURCE_URL]));
  expect(html.text).not.toMatch(/url\(\s*['"]?https?:|@import/i);
  // Opened in the browser, the quote is highlighted in the tint of its verdict colour (Half true, #f9a825).
  const report = await page.context().newPage();
  await report.setContent(html.text);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  expect(await report.locator('mark.claim', { hasText: FACEBOOK }).evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(253, 225, 179)');
  await report.screenshot({ path: 'test-results/screens/export-report.png', fullPage: true });
  await report.pdf({ path: 'test-results/screens/export-report.pdf', format: 'A4', printBackground: true });
  await report.close();

  // Markdown: the same report as text with claim markers.
  const md = await exportAs(page, /^Markdown report/);
  expect(md.text).toContain(`# ${TITLE}`);
  expect(md.text).toMatch(/\*\*\[2\.\d\]\*\*/);

  // CSV: a header row, one row per claim, RFC 4180 quoting, CRLF, and the byte-order mark when asked.
  await dialog.getByRole('radio', { name: /^Claims CSV/ }).check();
  await dialog.getByRole('checkbox', { name: 'Start with a byte-order mark (for Excel)' }).check();
  const csv = await exportAs(page, /^Claims CSV/);
  expect(csv.text.startsWith('\uFEFFclaim_id,article_id,')).toBe(true);
  expect(csv.text).toContain('"Kremlin press office, ""Peskov"""');
  expect(csv.text.endsWith('\r\n')).toBe(true);
  const rows = Papa.parse<string[]>(csv.text.slice(1).trimEnd(), { newline: '\r\n' });
  expect(rows.errors).toEqual([]);
  expect(rows.data).toHaveLength(3);
  const header = rows.data[0];
  const byQuote = new Map(rows.data.slice(1).map((r) => [r[header.indexOf('quote_exact')], r]));
  expect(byQuote.get(KREMLIN)![header.indexOf('claimant')]).toBe(CLAIMANT);
  expect(byQuote.get(FACEBOOK)![header.indexOf('rating_name')]).toBe('Half true');

  // ClaimReview: warnings show before saving, and do not block it.
  await dialog.getByRole('radio', { name: /^ClaimReview/ }).check();
  const warnings = dialog.getByRole('list', { name: 'Before you publish' });
  await expect(warnings).toContainText('No fact-checking organisation name is set');
  await dialog.getByLabel('Organisation name').fill('Example Fact Check');
  await dialog.getByLabel('Organisation URL').fill('https://factcheck.example/');
  await dialog.getByLabel('Address where the report is published').fill('https://factcheck.example/apec');
  await expect(warnings).not.toContainText('No fact-checking organisation name is set');
  await expect(warnings).toContainText(`Claim “${FACEBOOK}” has no claimant`);
  await page.screenshot({ path: 'test-results/screens/export-dialog.png' });
  const review = await exportAs(page, /^ClaimReview/);
  const reviews = JSON.parse(review.text) as Array<Record<string, { '@type': string; alternateName?: string; name?: string }>>;
  expect(reviews).toHaveLength(2);
  for (const r of reviews) {
    expect(r['@type']).toBe('ClaimReview');
    expect(r.reviewRating['@type']).toBe('Rating');
    expect(r.author.name).toBe('Example Fact Check');
  }
  expect(reviews.map((r) => r.reviewRating.alternateName).sort()).toEqual(['False', 'Half true']);

  // Web Annotation: passes the W3C conformance check with text selectors.
  const annotations = await exportAs(page, /^Web Annotation/);
  expect(annotations.name).toMatch(/\.annotations\.jsonld$/);
  const checked = execFileSync('node', [CONFORMANCE, annotations.path, '--selectors'], { encoding: 'utf8' });
  expect(checked).toMatch(/ 0 failed/);

  // PDF in a browser: the report goes to the print dialog from a sandboxed frame.
  await dialog.getByRole('radio', { name: /^PDF report/ }).check();
  await dialog.getByLabel('Page size').selectOption('Letter');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(/sent to print/);
  const frame = page.locator('iframe[sandbox="allow-modals allow-same-origin"]');
  await expect(frame).toHaveCount(1);
  expect(await frame.getAttribute('srcdoc')).toContain(`<h1>${TITLE}</h1>`);

  // Filters: one article, published claims only, no rationales.
  await dialog.getByRole('radio', { name: /^HTML report/ }).check();
  for (const s of ['Open', 'Researching', 'Drafted', 'Reviewed']) await dialog.getByRole('checkbox', { name: s, exact: true }).uncheck();
  const filtered = await exportAs(page, /^HTML report/);
  expect(filtered.text).not.toContain('<mark class="claim"');
  await dialog.getByRole('checkbox', { name: 'Published', exact: true }).uncheck();
  await expect(dialog.getByText('Choose at least one status.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
});

test('round-trips a case bundle through delete and "Open case file…", keeps both on a second open, and refuses a broken file', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await markAndRate(app, page);
  const before = (await app.storedClaims()).map((c) => c.quote).sort();
  expect(before).toHaveLength(2);

  await page.getByRole('button', { name: 'Export…' }).click();
  const bundle = await exportAs(page, /^Case bundle/);
  expect(bundle.name).toMatch(/\.factmark$/);
  expect(JSON.parse(bundle.text)).toMatchObject({ format: 'factmark-case', version: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'factmark-export-'));
  const bundlePath = join(dir, bundle.name);
  writeFileSync(bundlePath, bundle.text);
  await exportDialog(page).getByRole('button', { name: 'Close' }).last().click();

  // Another case to land on, then delete the sample case with its claims.
  await app.newCase('Scratch');
  await app.deleteCase(TITLE);
  await expect.poll(() => app.storedClaims()).toEqual([]);

  // A broken bundle: a clear message, nothing changed.
  const brokenPath = join(dir, 'broken.factmark');
  writeFileSync(brokenPath, JSON.stringify({ format: 'factmark-case', version: 1, exportedAt: '2026-12-01T00:00:00.000Z', contents: { case: {} } }));
  await page.getByRole('button', { name: 'Export…' }).click();
  let chooser = page.waitForEvent('filechooser');
  await exportDialog(page).getByRole('button', { name: 'Open case file…' }).click();
  await (await chooser).setFiles(brokenPath);
  await expect(exportDialog(page).getByRole('alert')).toContainText('“broken.factmark” could not be opened, and nothing was changed. The bundle is damaged at contents.case');
  expect(await app.storedClaims()).toEqual([]);
  await expect(page.getByRole('combobox', { name: 'Switch case' }).locator('option')).toHaveText(['Scratch']);

  // The bundle brings the case back with its claims, and opens it.
  chooser = page.waitForEvent('filechooser');
  await exportDialog(page).getByRole('button', { name: 'Open case file…' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked')).toHaveText(TITLE);
  expect((await app.storedClaims()).map((c) => c.quote).sort()).toEqual(before);
  await app.openView('Claims');
  await expect(app.claimRows()).toHaveCount(2);

  // Opening it again while it is here asks; keep both makes a copy with new ids.
  await page.getByRole('button', { name: 'Export…' }).click();
  chooser = page.waitForEvent('filechooser');
  await exportDialog(page).getByRole('button', { name: 'Open case file…' }).click();
  await (await chooser).setFiles(bundlePath);
  const question = page.getByRole('alertdialog', { name: 'This case is already here' });
  await expect(question).toContainText(`A case “${TITLE}” with the same identity is already in Factmark.`);
  await question.getByRole('button', { name: 'Keep both' }).click();
  const options = page.getByRole('combobox', { name: 'Switch case' }).locator('option');
  // The switcher re-renders as the live query settles: poll until it shows all three.
  await expect.poll(async () => (await options.allTextContents()).sort()).toEqual(['Scratch', TITLE, TITLE]);
  const stored = await app.storedClaims();
  expect(stored).toHaveLength(4);
  expect(new Set(stored.map((c) => c.caseId)).size).toBe(2);
});

test('backs up all cases into one file and restores it, replacing the cases already here', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await markAndRate(app, page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up all cases…' }).click();
  const d = await download;
  const backup = JSON.parse(readFileSync((await d.path())!, 'utf8')) as { format: string; cases: Array<{ claims: unknown[] }> };
  expect(backup.format).toBe('factmark-backup');
  expect(backup.cases.map((c) => c.claims.length)).toEqual([2]);
  await expect(dialog.getByRole('status')).toHaveText(`Backed up 1 case to ${d.suggestedFilename()}.`);
  const dir = mkdtempSync(join(tmpdir(), 'factmark-backup-'));
  const backupPath = join(dir, d.suggestedFilename());
  writeFileSync(backupPath, readFileSync((await d.path())!));

  // Change the case, then restore: the conflict is asked once, and Replace all brings the backup back.
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await app.openView('Articles');
  await app.openArticle(0);
  await app.markClaim('He said he as absolutely did not meddle in our election');
  await expect.poll(async () => (await app.storedClaims()).length).toBe(3);
  await page.getByRole('button', { name: 'Export…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(backupPath);
  const question = page.getByRole('alertdialog', { name: 'This case is already here' });
  await expect(question).toContainText(`1 case of the backup is already in Factmark (“${TITLE}”)`);
  await question.getByRole('button', { name: 'Replace all' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Restored 1 case.');
  await expect.poll(async () => (await app.storedClaims()).length).toBe(2);
});

test('opens a case file from the welcome screen, before any case exists', async ({ page }) => {
  const app = new FactmarkPage(page);
  const dir = mkdtempSync(join(tmpdir(), 'factmark-welcome-'));
  const bundlePath = join(dir, 'apec.factmark');
  // The command-line tool writes the same bundles as the app.
  execFileSync('node', [join(import.meta.dirname, '../bin/factmark.mjs'), 'sample', SEEDS_DIR, '-o', bundlePath]);
  await app.open();
  await page.getByLabel('Your name, as it will appear in the corrections log').fill('Ana Reviewer');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open case file…' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked')).toHaveText('Putin–Trump APEC');
  await app.openView('Claims');
  await expect(app.claimRows()).toHaveCount(10);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked')).toHaveText('Putin–Trump APEC');
});
