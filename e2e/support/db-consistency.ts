// Checks that the 'factmark' database is consistent, as a crash must leave it:
// every claim points at a stored article, lies inside its text and quotes it
// (no claim without its highlight); every highlight in the open reader belongs
// to a stored claim (no highlight without its claim); every article has its
// body and every body its article; imports are all or nothing; a case is all
// there or absent. Also a probe that tells when a restore write is open.
import type { BrowserContext, Page } from '@playwright/test';

interface StoredArticle {
  id: string;
  caseId: string;
  origin: { format: string; importedAt: string };
}
interface StoredBody {
  id: string;
  text: string;
}
interface StoredClaim {
  id: string;
  articleId: string;
  anchor: { state: string; quote: { exact: string }; position: { start: number; end: number } };
}

export interface DbSnapshot {
  articles: StoredArticle[];
  bodies: StoredBody[];
  claims: StoredClaim[];
}

/** Reads articles, their bodies and claims with raw IndexedDB (no app code involved). */
export function readSnapshot(page: Page): Promise<DbSnapshot> {
  return page.evaluate(
    () =>
      new Promise<DbSnapshot>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'articleBodies', 'claims'], 'readonly');
          const articles = tx.objectStore('articles').getAll();
          const bodies = tx.objectStore('articleBodies').getAll();
          const claims = tx.objectStore('claims').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ articles: articles.result, bodies: bodies.result, claims: claims.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Problems in the stored data; empty when the database is consistent. */
export function storedProblems({ articles, bodies, claims }: DbSnapshot): string[] {
  const problems: string[] = [];
  const bodyOf = new Map(bodies.map((b) => [b.id, b]));
  const articleIds = new Set(articles.map((a) => a.id));
  for (const a of articles) if (!bodyOf.has(a.id)) problems.push(`article ${a.id}: its body is missing`);
  for (const b of bodies) if (!articleIds.has(b.id)) problems.push(`body ${b.id}: its article is missing`);
  for (const c of claims) {
    const body = articleIds.has(c.articleId) ? bodyOf.get(c.articleId) : undefined;
    if (!body) {
      problems.push(`claim ${c.id}: article ${c.articleId} is missing`);
      continue;
    }
    const { start, end } = c.anchor.position;
    if (!(0 <= start && start < end && end <= body.text.length)) problems.push(`claim ${c.id}: range ${start}-${end} outside ${body.text.length} characters`);
    else if (c.anchor.state === 'anchored' && body.text.slice(start, end) !== c.anchor.quote.exact) problems.push(`claim ${c.id}: quote does not match the text at its range`);
  }
  return problems;
}

/** Highlights in the open reader whose claim is not stored. */
export async function orphanMarks(page: Page, claims: StoredClaim[]): Promise<string[]> {
  const ids = await page.locator('mark[data-claims]').evaluateAll((marks) => marks.flatMap((m) => (m as HTMLElement).dataset.claims!.split(' ')));
  const stored = new Set(claims.map((c) => c.id));
  return [...new Set(ids)].filter((id) => !stored.has(id)).map((id) => `highlight of unknown claim ${id}`);
}

/** Articles grouped by the import that added them (one batch shares its timestamp). */
export function importBatches(articles: StoredArticle[]): Map<string, number> {
  const batches = new Map<string, number>();
  for (const a of articles) batches.set(a.origin.importedAt, (batches.get(a.origin.importedAt) ?? 0) + 1);
  return batches;
}

export interface CaseCount {
  caseId: string;
  /** null when the case row is missing: its articles or claims are orphans. */
  title: string | null;
  articles: number;
  claims: number;
}

/** How many articles and claims each case holds, counted in the page over the caseId indexes. */
export function caseCounts(page: Page): Promise<CaseCount[]> {
  return page.evaluate(
    () =>
      new Promise<CaseCount[]>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'articles', 'claims'], 'readonly');
          const counts = new Map<string, CaseCount>();
          const of = (caseId: string) => counts.get(caseId) ?? counts.set(caseId, { caseId, title: null, articles: 0, claims: 0 }).get(caseId)!;
          const cases = tx.objectStore('cases').getAll();
          cases.onsuccess = () => {
            for (const c of cases.result as { id: string; title: string }[]) of(c.id).title = c.title;
          };
          for (const store of ['articles', 'claims'] as const) {
            const cursor = tx.objectStore(store).index('caseId').openKeyCursor();
            cursor.onsuccess = () => {
              const at = cursor.result;
              if (!at) return;
              of(String(at.key))[store]++;
              at.continue();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve([...counts.values()]);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export interface WriteProbe {
  /** Write transactions over every case table (a case restore) begun, and committed. */
  begun: number;
  committed: number;
  /** Rows put into articles and claims by those transactions. */
  articles: number;
  claims: number;
}

/**
 * Watches, in every page, the app's case-restore writes: the one IndexedDB
 * transaction over all case tables that opening a case file or restoring a
 * backup makes. A test waits on it to stop the renderer while that write is open.
 */
export async function installWriteProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = { begun: 0, committed: 0, articles: 0, claims: 0 };
    (globalThis as unknown as { writeProbe: typeof probe }).writeProbe = probe;
    const watched = new WeakSet<IDBTransaction>();
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = transaction.call(this, names, mode, options);
      const stores = typeof names === 'string' ? [names] : [...names];
      if (this.name === 'factmark' && mode === 'readwrite' && stores.includes('cases') && stores.includes('dismissed')) {
        probe.begun++;
        watched.add(tx);
        tx.addEventListener('complete', () => probe.committed++);
      }
      return tx;
    } as typeof transaction;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (watched.has(this.transaction) && (this.name === 'articles' || this.name === 'claims')) probe[this.name]++;
      return put.apply(this, args);
    };
  });
}

/** The probe's figures in the page now. */
export function writeProbe(page: Page): Promise<WriteProbe> {
  return page.evaluate(() => (globalThis as unknown as { writeProbe: WriteProbe }).writeProbe);
}

/** Waits until the probe's `stage` figure passes `seen`: a restore write begun, or putting articles, or putting claims. */
export async function waitForRestoreWrite(page: Page, stage: 'begun' | 'articles' | 'claims', seen = 0): Promise<void> {
  await page.waitForFunction(([s, n]) => (globalThis as unknown as { writeProbe: WriteProbe }).writeProbe[s] > n, [stage, seen] as const, { polling: 5, timeout: 60_000 });
}
