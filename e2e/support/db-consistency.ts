// Checks that the 'factmark' database is consistent, as a crash must leave it:
// every claim points at a stored article, lies inside its text and quotes it
// (no claim without its highlight); every highlight in the open reader belongs
// to a stored claim (no highlight without its claim); every article has its
// body and every body its article; imports are all or nothing.
import type { Page } from '@playwright/test';

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
