// Journey: import a mixed folder (the seeds, a saved web page, a .docx, a PDF
// and a broken file), read the summary, then correct an article's text so one
// claim moves and one is flagged, and resolve the flagged one from the queue.
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FactmarkPage, SEED_FILES } from './pages/factmark-page';
import { makeDocx } from '../src-renderer/core/import/fixtures/make-docx';
import { makePdf } from '../src-renderer/core/import/fixtures/make-pdf';
import { NEWS_PAGE_CLUTTER, NEWS_PAGE_META, newsPage } from '../src-renderer/core/import/fixtures/news-page';

async function mixedFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-mixed-'));
  for (const f of SEED_FILES) copyFileSync(f, join(dir, basename(f)));
  writeFileSync(
    join(dir, 'saved-page.html'),
    newsPage(['The two leaders met briefly on the sidelines of the summit in Da Nang.', 'A joint statement on Syria was agreed by officials before the meeting.']),
  );
  writeFileSync(
    join(dir, 'memo.docx'),
    await makeDocx({
      core: { title: 'Desk memo on the APEC talks', creator: 'Research desk', created: '2017-11-12T08:00:00Z' },
      paragraphs: [{ text: 'Desk memo on the APEC talks', style: 'Heading1' }, { text: 'The Kremlin said the subject of the election did not come up during the short talks.' }],
    }),
  );
  writeFileSync(
    join(dir, 'statement.pdf'),
    makePdf({ info: { Title: 'Press statement' }, pages: [[{ text: 'The press office said the presidents discussed Syria.', x: 72, y: 720 }]] }),
  );
  writeFileSync(join(dir, 'broken.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xff, 0x00, 0x13]));
  return dir;
}

test('imports a mixed folder and reports each file', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
  const folder = await mixedFolder();
  await page.getByRole('button', { name: 'Import articles…' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await app.importDialog().getByRole('button', { name: 'Choose a folder…' }).click();
  await (await chooser).setFiles(folder);
  const summary = app.importDialog().getByRole('list', { name: 'Import summary' });
  await expect(summary.locator('li')).toHaveCount(7);
  await expect(app.importDialog().getByRole('status')).toHaveText('6 of 7 files imported.');
  await expect(summary.locator('li.fm-import-failed')).toContainText('broken.pdf');
  await app.importDialog().getByRole('button', { name: 'Close' }).click();
  await expect(app.articleItems()).toHaveCount(6);

  await app.articleItems().filter({ hasText: NEWS_PAGE_META.title }).click();
  await expect(page.locator('.fm-reader-meta')).toContainText(NEWS_PAGE_META.outlet);
  await expect(app.articleText()).toContainText('Da Nang');
  for (const clutter of NEWS_PAGE_CLUTTER) await expect(app.articleText()).not.toContainText(clutter);
  await app.articleItems().filter({ hasText: 'Desk memo' }).click();
  await expect(app.articleText()).toContainText('did not come up');
  await app.articleItems().filter({ hasText: 'Press statement' }).click();
  await expect(app.articleText()).toContainText('discussed Syria');

  // The same folder again: every good file is a duplicate and nothing is added.
  await page.getByRole('button', { name: 'Import articles…' }).first().click();
  const again = page.waitForEvent('filechooser');
  await app.importDialog().getByRole('button', { name: 'Choose a folder…' }).click();
  await (await again).setFiles(folder);
  await expect(app.importDialog().getByRole('status')).toHaveText('0 of 7 files imported.');
  await expect(app.importDialog().locator('li.fm-import-duplicate')).toHaveCount(6);
  await app.importDialog().getByRole('button', { name: 'Close' }).click();
  await expect(app.articleItems()).toHaveCount(6);
});

test('correcting the text moves one claim, flags another, and the flagged one is re-attached from the queue', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();
  await app.openArticle(0);
  const moving = 'he did not do what they are saying he did';
  const deleted = 'Every time he sees me he says I didn’t do that';
  await app.markClaim(moving);
  await app.markClaim(deleted);

  await page.getByRole('button', { name: 'Correct text' }).click();
  await expect(app.articleText()).toHaveAttribute('contenteditable', 'true');
  // Insert words before the first claim, and delete the second claim's quote.
  await app.selectText('I just asked him again');
  await page.keyboard.type('I just asked Putin again');
  await app.selectText(deleted);
  await page.keyboard.press('Backspace');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved.' })).toContainText('1 claim re-attached; 1 needs review.');

  await expect(app.articleText()).toContainText('I just asked Putin again');
  await expect(app.marks()).toHaveCount(1);
  await expect(app.marks().first()).toHaveText(moving);
  const queue = page.getByRole('region', { name: '1 claim needs review' });
  await expect(queue).toContainText(deleted);

  await app.selectText('But he says I didn’t do that');
  await queue.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(queue).toHaveCount(0);
  await expect(app.marks()).toHaveCount(2);
  await expect(app.inspectorQuote()).toHaveText('But he says I didn’t do that');

  await page.reload();
  await app.openView('Articles');
  await app.openArticle(0);
  await expect(app.articleText()).toContainText('I just asked Putin again');
  await expect(app.marks()).toHaveCount(2);
});
