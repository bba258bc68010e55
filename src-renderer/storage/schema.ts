// Schema versions of the Factmark database. Each version lists its indexes
// and, where data changes shape, an upgrade step; a test opens a database
// built at the previous version with the current code (schema.test.ts).
import type Dexie from 'dexie';

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

export const CURRENT_SCHEMA_VERSION = 1;

export function applySchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}
