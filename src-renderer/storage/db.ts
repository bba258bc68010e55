// The Factmark database (IndexedDB through Dexie): one table per domain
// object, indexed for the queries the screens make. Schema versions and their
// upgrade steps live in ./schema.ts; repositories wrap the tables.
import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleSummary,
  Case,
  Claim,
  ClaimLink,
  DismissedSuggestion,
  Evidence,
  HistoryEntry,
  Source,
} from '../core/model';
import { applySchema } from './schema';
import type { ArticleBody } from './article-body';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'factmark';

export class FactmarkDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  /** Article metadata; the text and blocks of each sit in `articleBodies` under the same id. */
  articles!: EntityTable<ArticleSummary, 'id'>;
  articleBodies!: EntityTable<ArticleBody, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  links!: EntityTable<ClaimLink, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  dismissed!: EntityTable<DismissedSuggestion, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchema(this);
  }

  /** Tables that hold a case's contents (everything but settings); `cases` first, every other one indexed by caseId. */
  caseTables() {
    return [this.cases, this.articles, this.articleBodies, this.claims, this.sources, this.evidence, this.links, this.history, this.dismissed];
  }
}

/**
 * Inside a read-write transaction whose requests have all been made: lets
 * IndexedDB commit without waiting for their success events to reach this
 * thread. A request made after this fails the transaction.
 */
export function commitWhenDone(): void {
  Dexie.currentTransaction?.idbtrans?.commit?.();
}
