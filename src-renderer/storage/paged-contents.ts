// Reading every case's contents for a backup in many short transactions of a
// few hundred rows, resting between them. One transaction over all of a large
// case holds the database for seconds, and a write to a table it reads (a
// claim just marked) waits for it to end; short ones let writes through. A
// write committed meanwhile would mix two moments in one backup: then the
// read is made again, in the end in one transaction.
import Dexie from 'dexie';
import type { CaseContents } from '../core/model';
import { integrityProblem } from '../core/export/bundle';
import type { CaseRepository } from './case-repository';
import type { FactmarkDb } from './db';
import { joinArticles } from './article-body';
import { onCaseDataChanged } from './data-changes';

/** Rows read per transaction. */
const PAGE_ROWS = 500;
/** Paged reads tried before the one-transaction read. */
const PAGED_TRIES = 2;
/** How long a change made just before the last page may take to be told to this thread (another thread's writes come by message). */
const NOTICE_MS = 50;

export interface PagedReadOptions {
  /** Called between pages: resolves once the reader may go on. */
  pause(): Promise<void>;
  pageRows?: number;
}

class ChangedMeanwhile extends Error {}

/** What the reader needs of a table: its rows by key. */
interface RowsByKey<T> {
  where(index: 'caseId'): { equals(caseId: string): { primaryKeys(): Promise<unknown[]> } };
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
}

/** Every case's contents, as CaseRepository.allContents reads them in one transaction. */
export async function readAllContentsInPages(db: FactmarkDb, cases: CaseRepository, options: PagedReadOptions): Promise<CaseContents[]> {
  for (let i = 0; i < PAGED_TRIES; i++) {
    let changed = false;
    const stop = onCaseDataChanged(db, () => (changed = true));
    try {
      const all = await readAllOnce(db, cases, options, () => changed);
      await new Promise((settle) => setTimeout(settle, NOTICE_MS));
      // A broken reference can only come from a change missed meanwhile: the one-transaction read settles it.
      if (!changed && all.every((c) => integrityProblem(c) === null)) return all;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error;
    } finally {
      stop();
    }
  }
  // The long transaction too waits for its turn (a held backup starts it after the reviewer's pause).
  await options.pause();
  return cases.allContents();
}

async function readAllOnce(db: FactmarkDb, cases: CaseRepository, options: PagedReadOptions, changed: () => boolean): Promise<CaseContents[]> {
  const all: CaseContents[] = [];
  const pageRows = options.pageRows ?? PAGE_ROWS;
  for (const c of await cases.list()) {
    const byCase = <T>(table: RowsByKey<T>) => () => table.where('caseId').equals(c.id).primaryKeys() as Promise<string[]>;
    // The same rows, in the same order, as CaseRepository.contents reads. Each read waits for
    // the pause first, the read of the keys too: a backup held for the reviewer stops within one read.
    const rows = async <T>(table: RowsByKey<T>, readKeys: () => Promise<string[]>): Promise<T[]> => {
      await options.pause();
      const ids = await readKeys();
      const out: T[] = [];
      for (let at = 0; at < ids.length; at += pageRows) {
        await options.pause();
        if (changed()) throw new ChangedMeanwhile();
        const page = await table.bulkGet(ids.slice(at, at + pageRows));
        // A row gone since its key was read: deleted meanwhile.
        if (page.some((row) => row === undefined)) throw new ChangedMeanwhile();
        out.push(...(page as T[]));
      }
      return out;
    };
    const summaries = await rows(db.articles, byCase(db.articles));
    const bodies = await rows(db.articleBodies, byCase(db.articleBodies));
    all.push({
      case: c,
      articles: joinArticles(summaries.sort((a, b) => a.order - b.order), bodies),
      claims: await rows(db.claims, byCase(db.claims)),
      sources: await rows(db.sources, byCase(db.sources)),
      evidence: await rows(db.evidence, byCase(db.evidence)),
      links: await rows(db.links, byCase(db.links)),
      history: await rows(db.history, () => db.history.where('[caseId+at]').between([c.id, Dexie.minKey], [c.id, Dexie.maxKey]).primaryKeys() as Promise<string[]>),
      dismissed: await rows(db.dismissed, byCase(db.dismissed)),
    });
  }
  if (changed()) throw new ChangedMeanwhile();
  return all;
}
