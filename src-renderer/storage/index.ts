// Opens the database and hands out one repository per kind of object.
import { FactmarkDb } from './db';
import { ArticleRepository } from './article-repository';
import { CaseRepository } from './case-repository';
import { ClaimRepository } from './claim-repository';
import { LinkRepository } from './link-repository';
import { SettingsRepository } from './settings-repository';
import { SourceRepository } from './source-repository';

export interface Repositories {
  db: FactmarkDb;
  cases: CaseRepository;
  articles: ArticleRepository;
  claims: ClaimRepository;
  sources: SourceRepository;
  links: LinkRepository;
  settings: SettingsRepository;
}

export function openRepositories(db = new FactmarkDb()): Repositories {
  return {
    db,
    cases: new CaseRepository(db),
    articles: new ArticleRepository(db),
    claims: new ClaimRepository(db),
    sources: new SourceRepository(db),
    links: new LinkRepository(db),
    settings: new SettingsRepository(db),
  };
}

export { FactmarkDb } from './db';
export type { RemovedClaim, ClaimPatch, NewClaim } from './claim-repository';
export { patchUndoing } from './claim-repository';
export type { NewArticle, ArticleMetadata } from './article-repository';
export type { SourceFields } from './source-repository';
export type { AppSettings } from './settings-repository';
export { isQuotaError } from './storage-errors';
export { splitArticles, type ArticleBody } from './article-body';
export { onCaseDataChanged } from './data-changes';
export { readAllContentsInPages } from './paged-contents';
