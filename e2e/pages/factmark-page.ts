// Page object for the Factmark screens, shared by every e2e journey.
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '../../../shared/seeds');
export const SEED_FILES = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'].map((f) => join(SEEDS_DIR, f));

export class FactmarkPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** First run: name the reviewer and start with an empty case. */
  async startEmpty(reviewer = 'Ana Reviewer'): Promise<void> {
    await this.page.getByLabel('Your name, as it will appear in the corrections log').fill(reviewer);
    await this.page.getByRole('button', { name: 'Start an empty case' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Articles in this case' })).toBeVisible();
  }

  async startWithSample(reviewer = 'Ana Reviewer'): Promise<void> {
    await this.page.getByLabel('Your name, as it will appear in the corrections log').fill(reviewer);
    await this.page.getByRole('button', { name: 'Open the sample case' }).click();
    await expect(this.articleItems()).toHaveCount(3);
  }

  /** Creates a case through "New case" and lands on it. */
  async newCase(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.page.getByRole('dialog').getByRole('textbox').fill(title);
    await this.page.getByRole('button', { name: 'Create' }).click();
    // The app creates the case, then switches to it: wait for the switch, so that a later
    // switch by the test is not overtaken by this one.
    await expect(this.page.getByRole('combobox', { name: 'Switch case' }).locator('option:checked')).toHaveText(title);
  }

  /** Switches to the case titled `title` and deletes it with everything in it. */
  async deleteCase(title: string): Promise<void> {
    // The switch opens the case asynchronously; confirm only once the dialog names this case.
    const dialog = this.page.getByRole('dialog');
    await expect(async () => {
      await this.page.getByRole('combobox', { name: 'Switch case' }).selectOption({ label: title });
      await this.page.getByRole('button', { name: 'Delete case' }).click();
      if (!(await dialog.textContent())?.includes(title)) {
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        throw new Error(`the case screen has not switched to ${title} yet`);
      }
    }).toPass({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Delete' }).click();
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import articles' });
  }

  /** Imports files through the dialog's file chooser and returns the summary text. */
  async importFiles(paths: string[], { close = true } = {}): Promise<string> {
    await this.page.getByRole('button', { name: 'Import articles…' }).first().click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.importDialog().getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(paths);
    const summary = this.importDialog().getByRole('list', { name: 'Import summary' });
    await expect(summary).toBeVisible();
    const text = await this.importDialog().innerText();
    if (close) await this.importDialog().getByRole('button', { name: 'Close' }).click();
    return text;
  }

  articleItems(): Locator {
    return this.page.locator('.fm-article-item');
  }

  async openArticle(index: number): Promise<void> {
    await this.articleItems().nth(index).click();
  }

  articleText(): Locator {
    return this.page.locator('.fm-article-text');
  }

  /** Selects the first occurrence of `text` in the open article. */
  async selectText(text: string): Promise<void> {
    const found = await this.articleText().evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        full += (n as Text).data;
      }
      const at = full.indexOf(wanted);
      if (at < 0) return false;
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (offset <= seen + n.data.length) return [n, offset - seen];
          seen += n.data.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      // Resolves once the page has handled the selection change (the editor reads its selection
      // from that event: a key pressed before it would act on the previous selection).
      const handled = new Promise<boolean>((resolve) => {
        const done = () => setTimeout(() => resolve(true), 0);
        document.addEventListener('selectionchange', done, { once: true });
        setTimeout(() => resolve(true), 200);
      });
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return handled;
    }, text);
    expect(found, `text to select: ${text}`).toBe(true);
  }

  async markClaim(text: string, via: 'button' | 'shortcut' | 'context-menu' = 'button'): Promise<void> {
    await this.selectText(text);
    if (via === 'button') await this.page.getByRole('button', { name: 'Mark claim' }).click();
    else if (via === 'shortcut') await this.page.keyboard.press('Control+Shift+M');
    else {
      // Right-click inside the selection, as a reviewer would.
      const box = await this.page.evaluate(() => {
        const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await this.page.mouse.click(box.x, box.y, { button: 'right' });
      await this.page.getByRole('menuitem', { name: 'Mark claim' }).click();
    }
    await expect(this.inspectorQuote()).toHaveText(text);
  }

  marks(): Locator {
    return this.articleText().locator('mark[data-claims]');
  }

  inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Claim' });
  }

  inspectorQuote(): Locator {
    return this.page.getByTestId('claim-quote');
  }

  async setVerdict(rating: string): Promise<void> {
    await this.inspector().getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: rating });
  }

  /** The checked option of the verdict select, without its shortcut hint. */
  verdictOption(): Locator {
    return this.inspector().getByRole('combobox', { name: 'Verdict', exact: true }).locator('option:checked');
  }

  section(name: 'Claim' | 'Verdict' | 'Evidence' | 'Links' | 'Suggested links' | 'History'): Locator {
    return this.inspector().locator('section').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  saveState(): Locator {
    return this.inspector().getByRole('status');
  }

  /** A field of the inspector by its accessible name (text boxes, selects, boxes with suggestions). */
  field(name: string): Locator {
    const i = this.inspector();
    return i.getByRole('textbox', { name, exact: true }).or(i.getByRole('combobox', { name, exact: true }));
  }

  /** Fills a text field of the inspector and leaves it, which ends the edit. */
  async fillField(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.blur();
    await expect(this.saveState()).toHaveText('Saved');
  }

  async addTag(tag: string): Promise<void> {
    const box = this.section('Claim').getByPlaceholder('Add a tag');
    await box.fill(tag);
    await box.press('Enter');
    await expect(this.section('Claim').getByRole('list', { name: 'Tags' })).toContainText(tag);
  }

  /** Links the open claim to the claim whose quote contains `quote`, found by typing `search`. */
  async linkClaim(kind: 'Same claim as' | 'Contradicts' | 'Supports' | 'Elaborates', search: string, quote: string): Promise<void> {
    const links = this.section('Links');
    await links.getByRole('button', { name: 'Link a claim' }).click();
    await links.getByLabel('Link type').selectOption({ label: kind });
    await links.getByRole('searchbox', { name: 'Find a claim of this case' }).fill(search);
    await links.getByRole('option').filter({ hasText: quote }).click();
    await expect(links.getByRole('list', { name: 'Links' })).toContainText(quote);
  }

  /** Clicks a highlight by its text; with overlapping claims, picks `choice` in the chooser. */
  async openMark(text: string, choice?: string): Promise<void> {
    await this.marks().filter({ hasText: text }).first().click();
    if (choice) await this.page.getByRole('menu', { name: 'Overlapping claims — choose one' }).getByRole('menuitem', { name: choice, exact: true }).click();
  }

  async markColor(text: string): Promise<string> {
    return this.marks().filter({ hasText: text }).first().evaluate((m) => getComputedStyle(m).backgroundColor);
  }

  async setClaimant(name: string): Promise<void> {
    await this.inspector().getByLabel('Claimant').fill(name);
    await expect(this.inspector().getByRole('status')).toHaveText('Saved');
  }

  /** Switches the case's view: 'Overview', 'Articles', 'Claims' or 'Matrix'. */
  async openView(name: 'Overview' | 'Articles' | 'Claims' | 'Matrix'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Case views' }).getByRole('button', { name, exact: true }).click();
  }

  currentView(): Locator {
    return this.page.getByRole('navigation', { name: 'Case views' }).locator('[aria-current="page"]');
  }

  // Claims view
  claimsSearch(): Locator {
    return this.page.getByRole('search');
  }

  claimsGrid(): Locator {
    return this.page.getByRole('grid', { name: /^Claims of this case/ });
  }

  claimRows(): Locator {
    return this.page.locator('.fm-claims-item');
  }

  claimsCount(): Locator {
    return this.claimsSearch().getByRole('status');
  }

  columnHeader(name: string): Locator {
    return this.page.getByRole('columnheader', { name });
  }

  // Suggested links (inspector) and the Quotes panel (reader)
  suggestions(): Locator {
    return this.section('Suggested links').getByRole('list', { name: 'Suggested passages' }).getByRole('listitem');
  }

  suggestion(text: string): Locator {
    return this.suggestions().filter({ hasText: text });
  }

  quotesPanel(): Locator {
    return this.page.getByRole('dialog', { name: 'Quotes in this article' });
  }

  // Matrix view
  matrixRow(statementStart: string): Locator {
    return this.page.locator('table.fm-matrix tbody tr').filter({ has: this.page.getByRole('rowheader', { name: statementStart }) });
  }

  /** Stored claims of the open app, read straight from IndexedDB. */
  async storedClaims(): Promise<{ id: string; caseId: string; quote: string }[]> {
    return this.page.evaluate(() =>
      withStore<{ id: string; caseId: string; anchor: { quote: { exact: string } } }[]>('claims', 'readonly', (store) => store.getAll()).then((rows) =>
        rows.map((c) => ({ id: c.id, caseId: c.caseId, quote: c.anchor.quote.exact })),
      ),
    );
  }

  /** Writes rows into a store of the 'factmark' database, as another part of the app would. */
  async putRows(storeName: string, rows: object[]): Promise<void> {
    await this.page.evaluate(
      ([name, items]) => withStore(name, 'readwrite', (store) => { for (const item of items) store.put(item); return store.count(); }),
      [storeName, rows] as const,
    );
  }
}

declare global {
  // Installed in the page by installIdbHelper (see below).
  function withStore<T>(name: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest): Promise<T>;
}

/** Puts a small IndexedDB helper into every page, for the tests that seed or inspect data. */
export async function installIdbHelper(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (globalThis as unknown as { withStore: unknown }).withStore = (name: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, mode);
          const request = run(tx.objectStore(name));
          tx.oncomplete = () => {
            db.close();
            resolve(request.result);
          };
          tx.onerror = () => reject(tx.error);
        };
      });
  });
}
