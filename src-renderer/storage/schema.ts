// Schema versions of the Factmark database. Each version lists its indexes
// and, where data changes shape, an upgrade step; schema.test.ts builds a
// database at every earlier version and opens it with the current code.
// To add a version: append one entry to SCHEMA_VERSIONS and one test.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

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

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
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
