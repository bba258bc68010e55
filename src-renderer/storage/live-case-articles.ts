// The articles of one case with their text, kept in memory and followed write
// by write like LiveCaseClaims: Dexie's storagemutated event names the
// articles (metadata or body) a committed write touched, and only those are
// read again; a write over a range of keys reloads the case's articles.
import type { ObservabilitySet } from 'dexie';
import type { Article } from '../core/model';
import { ArticleRepository } from './article-repository';
import type { FactmarkDb } from './db';
import { changedKeys, LiveCaseStore } from './live-case-store';

/** Changed article ids (metadata or body), or 'all' when a write touched a range of either. */
export function changedArticleIds(parts: ObservabilitySet, dbName: string): string[] | 'all' {
  const summaries = changedKeys(parts, dbName, 'articles');
  const bodies = changedKeys(parts, dbName, 'articleBodies');
  if (summaries === 'all' || bodies === 'all') return 'all';
  return [...new Set([...summaries, ...bodies])];
}

const byListOrder = (a: Article, b: Article) => a.order - b.order;

/** Articles (with their text) read per request while loading. */
const LOAD_BATCH = 20;

export class LiveCaseArticles extends LiveCaseStore {
  private articles: Article[] | undefined;
  private readonly repository: ArticleRepository;

  constructor(db: FactmarkDb, caseId: string) {
    super(db, caseId, 'articles');
    this.repository = new ArticleRepository(db);
  }

  protected changedIds(parts: ObservabilitySet): string[] | 'all' {
    return changedArticleIds(parts, this.db.name);
  }

  /** The case's articles with their text in list order, a new array after every change; undefined until loaded. */
  readonly getSnapshot = (): Article[] | undefined => this.articles;

  /**
   * Reads the case's articles a few at a time: the database answers one
   * request at a time, and one read of every article's text would hold a
   * claim being saved meanwhile for most of a second. Writes made between
   * reads are applied after, by the refreshes their events queued.
   */
  protected async load(): Promise<void> {
    const ids = (await this.repository.listSummariesByCase(this.caseId)).map((a) => a.id);
    const articles: Article[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) articles.push(...(await this.repository.getMany(ids.slice(i, i + LOAD_BATCH))));
    this.publish(articles.filter((a) => a.caseId === this.caseId).sort(byListOrder));
  }

  protected async refresh(ids: string[]): Promise<void> {
    if (!this.articles) return this.load();
    const fresh = new Map((await this.repository.getMany(ids)).map((a) => [a.id, a]));
    const held = new Map(this.articles.map((a) => [a.id, a]));
    let changed = false;
    for (const id of ids) {
      const article = fresh.get(id);
      const ours = article !== undefined && article.caseId === this.caseId;
      const was = held.get(id);
      if (ours && was && was.updatedAt === article.updatedAt && was.text === article.text) continue;
      if (!ours && !was) continue;
      changed = true;
      if (ours) held.set(id, article);
      else held.delete(id);
    }
    if (changed) this.publish([...held.values()].sort(byListOrder));
  }

  private publish(articles: Article[]): void {
    if (this.stopped) return;
    this.articles = articles;
    this.notify();
  }
}
