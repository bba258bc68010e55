// Hostile content end to end: the 130-vector XSS corpus imported as HTML
// files, as a pasted web page, inside a .docx and inside a restored case
// bundle. Nothing may run, nothing may leave the page, nothing active may
// reach storage, the reader's DOM, or the exports made from what was stored.
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { FactmarkPage, installIdbHelper } from './pages/factmark-page';
import { installXssTrap, watchPage, type HostileWatch } from './support/hostile-watch';
import { XSS_MARKER, XSS_VECTORS } from '../src-renderer/core/import/fixtures/xss-vectors';
import { makeDocx } from '../src-renderer/core/import/fixtures/make-docx';
import { buildSeedCase } from '../src-renderer/core/testing/seed-case';
import { readSeedTexts } from '../src-renderer/core/testing/seed-texts.node';
import { hostileCase } from '../src-renderer/core/testing/hostile-case';
import { readBundle, writeBundle } from '../src-renderer/core/export/bundle';
import { htmlReport } from '../src-renderer/core/export/html-report';
import { markdownReport } from '../src-renderer/core/export/markdown-report';
import { claimsCsv } from '../src-renderer/core/export/claims-csv';
import { describeAnchor } from '../src-renderer/core/anchoring/describe';
import type { Article, ArticleSummary, Case, CaseContents, Claim } from '../src-renderer/core/model';
import { joinArticles, splitArticles, type ArticleBody } from '../src-renderer/storage/article-body';

test.describe.configure({ mode: 'serial' });

// Markup left in stored text that came from HTML (the vector was markup there):
// a tag needs its name right after '<', so a lone '<' in the text is not one.
const TAG_LIKE = /<\/?[a-z!?]/i;
const ACTIVE = /\bon[a-z]+\s*=|javascript\s*:|expression\s*\(/i;
// The reader renders blocks only with the editor's own elements.
const READER_TAGS = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'span', 'mark', 'br', 'ul', 'ol', 'li']);

const htmlFile = (vector: string, i: number) =>
  `<!DOCTYPE html><html><head><title>Vector ${i}</title></head><body><p>Before vector ${i}.</p>${vector}<p>After vector ${i}.</p></body></html>`;

let watch: HostileWatch;
let app: FactmarkPage;

async function storedArticles(page: Page): Promise<Article[]> {
  const summaries = await page.evaluate(() => withStore<ArticleSummary[]>('articles', 'readonly', (s) => s.getAll()));
  const bodies = await page.evaluate(() => withStore<ArticleBody[]>('articleBodies', 'readonly', (s) => s.getAll()));
  return joinArticles(summaries, bodies);
}

async function readerProblems(page: Page): Promise<string[]> {
  return page.locator('.fm-article-text').evaluate((root, allowed) => {
    const problems: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const tag = el.tagName.toLowerCase();
      if (!allowed.includes(tag)) problems.push(`element <${tag}>`);
      for (const a of el.attributes) {
        if (a.name.startsWith('on') || a.name === 'href' || a.name === 'src' || a.name === 'srcset' || a.name === 'action' || a.name === 'formaction') problems.push(`attribute ${a.name} on <${tag}>`);
        if (/javascript:|url\(/i.test(a.value)) problems.push(`value ${a.name}="${a.value}"`);
      }
    }
    return problems;
  }, [...READER_TAGS]);
}

/** Opens articles in the reader (every `stride`-th: the stored text of all is checked
 *  separately) and collects anything but the editor's own inert DOM. */
async function checkArticlesInReader(page: Page, count: number, stride = 1): Promise<void> {
  for (let i = 0; i < count; i += stride) {
    await app.openArticle(i);
    await expect(app.articleText()).toBeVisible();
    expect(await readerProblems(page), `article ${i}`).toEqual([]);
  }
}

async function expectQuiet(page: Page): Promise<void> {
  expect(await watch.executed(page), 'marker touches').toBe(0);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

/** A case over the stored articles with one claim across each article's whole text, for the exporters. */
function caseOver(kase: Case, articles: Article[]): CaseContents {
  const claims: Claim[] = articles.map((a, i) => ({
    id: `hostile-claim-${i}`,
    caseId: kase.id,
    articleId: a.id,
    anchor: describeAnchor(a.text, { start: 0, end: a.text.length }),
    statement: a.text,
    claimant: a.title,
    claimDate: '',
    status: 'open',
    tags: [a.title],
    notes: a.text,
    verdict: { ratingId: kase.scale.ratings[0]?.id ?? null, conclusion: a.title, rationale: [{ type: 'paragraph', children: [{ text: a.text }] }], reviewer: 'Ana', date: '2026-12-01' },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }));
  return { case: kase, articles, claims, sources: [], evidence: [], links: [], history: [], dismissed: [] };
}

function expectInertExports(contents: CaseContents): void {
  const html = htmlReport(contents, { includeRationales: true });
  const doc = parseHTML(html).document;
  expect(doc.querySelectorAll('script, img, iframe, object, embed, link, svg image, form, input, base')).toHaveLength(0);
  // The only http-equiv is the report's own policy, which forbids scripts.
  const equivs = [...doc.querySelectorAll('meta[http-equiv]')].map((m) => m.getAttribute('content'));
  expect(equivs).toEqual([expect.stringMatching(/^default-src 'none'/)]);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(attr.value, `${el.tagName} ${attr.name}`).not.toMatch(/javascript:/i);
      if (attr.name === 'href') expect(attr.value).toMatch(/^(#|https?:\/\/)/);
    }
  }
  expect(html).not.toMatch(/<script/i);
  const md = markdownReport(contents, { includeRationales: true });
  expect(md).not.toMatch(/<\s*(script|img|svg|iframe|a|object|embed|style)\b/i);
  expect(md).not.toMatch(/\]\(<?\s*javascript:/i);
  // Every text cell a spreadsheet would run as a formula is neutralised (numbers may be negative).
  const rows = Papa.parse<string[]>(claimsCsv(contents), { skipEmptyLines: true }).data;
  expect(rows.length).toBe(contents.claims.length + 1);
  for (const cell of rows.flat()) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

test.beforeEach(async ({ page, baseURL }) => {
  await installIdbHelper(page);
  await installXssTrap(page);
  watch = watchPage(page, baseURL!);
  app = new FactmarkPage(page);
  await app.open();
  await app.startEmpty();
});

test('the XSS corpus imported as HTML files runs nothing and stores only inert text', async ({ page }) => {
  test.setTimeout(240_000);
  const files = XSS_VECTORS.map((v, i) => ({ name: `vector-${String(i).padStart(3, '0')}.html`, mimeType: 'text/html', buffer: Buffer.from(htmlFile(v, i)) }));
  await page.getByRole('button', { name: 'Import articles…' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await app.importDialog().getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(files);
  await expect(app.importDialog().getByRole('list', { name: 'Import summary' })).toBeVisible({ timeout: 120_000 });
  await expect(app.importDialog().getByRole('status')).toHaveText(`${XSS_VECTORS.length} of ${XSS_VECTORS.length} files imported.`);
  await app.importDialog().getByRole('button', { name: 'Close' }).click();

  const articles = await storedArticles(page);
  expect(articles).toHaveLength(XSS_VECTORS.length);
  for (const a of articles) {
    for (const text of [a.title, a.text, ...a.blocks.map((b) => b.text)]) {
      expect(text, a.origin.name).not.toMatch(TAG_LIKE);
      expect(text, a.origin.name).not.toMatch(ACTIVE);
    }
    expect(a.url).not.toMatch(/javascript:/i);
  }
  await app.openView('Articles');
  await checkArticlesInReader(page, articles.length, 5);
  const kase = (await page.evaluate(() => withStore<Case[]>('cases', 'readonly', (s) => s.getAll())))[0];
  expectInertExports(caseOver(kase, articles));
  await expectQuiet(page);
  test.info().annotations.push({ type: 'figures', description: `html files: ${XSS_VECTORS.length} vectors, executed 0, CSP reports ${watch.cspBlocked.length}, requests ${watch.requests}` });
});

test('the XSS corpus pasted as a copied web page runs nothing and stores only inert text', async ({ page }) => {
  test.setTimeout(240_000);
  for (let i = 0; i < XSS_VECTORS.length; i++) {
    await page.getByRole('button', { name: 'Import articles…' }).first().click();
    const box = app.importDialog().getByLabel('Or paste an article (text or a copied web page)');
    await box.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Pasted vector');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `<p>Pasted vector ${i}.</p>${XSS_VECTORS[i]}<p>End of vector ${i}.</p>`);
    await app.importDialog().getByRole('button', { name: 'Import pasted article' }).click();
    await expect(app.importDialog().getByRole('list', { name: 'Import summary' })).toBeVisible();
    await app.importDialog().getByRole('button', { name: 'Close' }).click();
  }
  const articles = await storedArticles(page);
  expect(articles).toHaveLength(XSS_VECTORS.length);
  for (const a of articles) {
    expect(a.origin.format).toBe('paste');
    for (const text of [a.title, a.text]) {
      expect(text).not.toMatch(TAG_LIKE);
      expect(text).not.toMatch(ACTIVE);
    }
  }
  await app.openView('Articles');
  await checkArticlesInReader(page, articles.length, 5);
  await expectQuiet(page);
  test.info().annotations.push({ type: 'figures', description: `paste: ${XSS_VECTORS.length} vectors, executed 0, CSP reports ${watch.cspBlocked.length}` });
});

test('the XSS corpus inside a .docx stays plain text, shown as text', async ({ page }) => {
  const docx = await makeDocx({
    paragraphs: [{ text: 'Hostile document', style: 'Heading1' }, ...XSS_VECTORS.map((text, i) => ({ text, style: i % 3 === 1 ? 'Quote' : undefined, bullet: i % 3 === 2 }))],
    core: { title: `<img src=x onerror=${XSS_MARKER}()>`, creator: `<script>${XSS_MARKER}()</script>` },
  });
  await page.getByRole('button', { name: 'Import articles…' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await app.importDialog().getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles([{ name: 'hostile.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) }]);
  await expect(app.importDialog().getByRole('status')).toHaveText('1 of 1 file imported.', { timeout: 60_000 });
  await app.importDialog().getByRole('button', { name: 'Close' }).click();

  const [article] = await storedArticles(page);
  // Mammoth hands Word's text over as escaped HTML; the importer drops anything
  // tag-shaped from it, so no markup survives even as text (see the report).
  expect(article.blocks[0].text).toBe('Hostile document');
  expect(article.blocks.length).toBeGreaterThan(XSS_VECTORS.length / 2);
  // Word text may literally read 'onerror=' or '&lt;img': that is text, and the reader check below shows it stays text.
  expect(article.text).not.toMatch(TAG_LIKE);
  // Document properties are plain XML text: kept verbatim, and shown as text.
  expect(article.title).toBe(`<img src=x onerror=${XSS_MARKER}()>`);
  await app.openView('Articles');
  await app.openArticle(0);
  expect(await readerProblems(page)).toEqual([]);
  await expect(app.articleItems().first()).toContainText(article.title);
  const kase = (await page.evaluate(() => withStore<Case[]>('cases', 'readonly', (s) => s.getAll())))[0];
  expectInertExports(caseOver(kase, [article]));
  await expectQuiet(page);
});

test('a restored bundle with hostile strings in every field runs nothing and renders inert', async ({ page }) => {
  const seed = hostileCase(await buildSeedCase(readSeedTexts()));
  // readBundle refuses this case (CSS in a scale colour, oversized fields); the
  // rows go into the database anyway, a worse case than any bundle it accepts.
  const refused = readBundle(writeBundle(seed));
  expect(refused.ok ? '' : refused.message).toMatch(/colour/);
  // The vectors as article paragraphs too: a bundle can carry any text.
  const first = seed.articles[0];
  const shift = XSS_VECTORS.reduce((n, v) => n + v.length + 2, 0);
  first.blocks = [...XSS_VECTORS.map((text) => ({ type: 'paragraph' as const, text })), ...first.blocks];
  first.text = first.blocks.map((b) => b.text).join('\n\n');
  for (const c of seed.claims) if (c.articleId === first.id && c.anchor.state === 'anchored') {
    c.anchor.position.start += shift;
    c.anchor.position.end += shift;
  }
  const restored = seed;
  // A restored bundle is exactly these rows in the database.
  await app.putRows('cases', [restored.case]);
  const { summaries, bodies } = splitArticles(restored.articles);
  await app.putRows('articleBodies', bodies);
  await app.putRows('articles', summaries);
  for (const table of ['claims', 'sources', 'evidence', 'links', 'history', 'dismissed'] as const) await app.putRows(table, restored[table]);
  await app.putRows('settings', [{ key: 'lastCaseId', value: restored.case.id }]);
  await page.reload();
  await app.openView('Articles');
  await expect(app.articleItems()).toHaveCount(restored.articles.length);
  await checkArticlesInReader(page, restored.articles.length);
  await app.openView('Claims');
  await app.openView('Overview');
  await app.openView('Matrix');
  expectInertExports(restored);
  await expectQuiet(page);
  test.info().annotations.push({ type: 'figures', description: `bundle: ${XSS_VECTORS.length} vectors + hostile fields, executed 0, CSP reports ${watch.cspBlocked.length}` });
});
