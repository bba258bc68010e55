// Schema versions of the Factmark database. Each version lists its indexes
// and, where data changes shape, an upgrade step; schema.test.ts builds a
// database at every earlier version and opens it with the current code.
// To add a version: append one entry to SCHEMA_VERSIONS and one test.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { Article } from '../core/model';
import { splitArticles } from './article-body';

type Stores = Record<string, string>;

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: only the tables whose indexes change. */
  stores: Stores;
  /** Rewrites existing rows when their shape changes; runs once, in the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1: the first release's tables and indexes. */
export const SCHEMA_V1 = {
  cases: 'id, updatedAt',
  articles: 'id, caseId, [caseId+order], [caseId+contentHash]',
  claims: 'id, caseId, articleId, [caseId+status], [caseId+claimant], updatedAt',
  sources: 'id, caseId',
  evidence: 'id, caseId, claimId, sourceId',
  links: 'id, caseId, fromClaimId, toClaimId',
  history: 'id, caseId, claimId, at',
  dismissed: 'id, caseId, claimId',
  settings: 'key',
} as const;

/**
 * Version 2: the corrections log is read per claim (inspector) and per case
 * (exports) in time order; compound indexes let IndexedDB return it sorted
 * instead of loading every entry and sorting in memory. Dexie builds the new
 * indexes over existing rows during the upgrade; no row changes shape.
 */
export const SCHEMA_V2 = {
  history: 'id, caseId, claimId, at, [claimId+at], [caseId+at]',
} as const;

/**
 * Version 3: article bodies (text and blocks, most of a case's bytes) move to
 * their own table keyed by the article's id, so the article list, titles and
 * case-wide views read only metadata. The upgrade moves every existing body.
 */
export const SCHEMA_V3 = {
  articleBodies: 'id, caseId',
} as const;

/** Moves `text` and `blocks` of every article row into `articleBodies`. */
async function moveArticleBodies(tx: Transaction): Promise<void> {
  const rows = (await tx.table('articles').toArray()) as Article[];
  const { summaries, bodies } = splitArticles(rows);
  await tx.table('articleBodies').bulkPut(bodies);
  await tx.table('articles').bulkPut(summaries);
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3, upgrade: moveArticleBodies },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declares every version up to `upTo` (tests build older databases with it). */
export function applySchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
