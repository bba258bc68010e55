// The articles of one case with their text, kept in memory and followed write
// by write like LiveCaseClaims: Dexie's storagemutated event names the
// articles (metadata or body) a committed write touched, and only those are
// read again; a write over a range of keys reloads the case's articles.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Article } from '../core/model';
import { ArticleRepository } from './article-repository';
import { changedKeys } from './live-case-claims';
import type { FactmarkDb } from './db';

type Listener = () => void;

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

export class LiveCaseArticles {
  private articles: Article[] | undefined;
  private readonly repository: ArticleRepository;
  private readonly listeners = new Set<Listener>();
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private lastFailure: unknown = null;
  private readonly onMutated = (parts: ObservabilitySet) => {
    let ids: string[] | 'all';
    try {
      ids = changedArticleIds(parts, this.db.name);
    } catch {
      // Never throw into Dexie's listener chain.
      ids = 'all';
    }
    if (ids === 'all') this.enqueue(() => this.load());
    else if (ids.length > 0) this.enqueue(() => this.refresh(ids));
  };

  constructor(
    private readonly db: FactmarkDb,
    readonly caseId: string,
  ) {
    this.repository = new ArticleRepository(db);
  }

  /** Starts loading and following writes; the returned function stops both. */
  start(): () => void {
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.enqueue(() => this.load());
    return () => {
      this.stopped = true;
      Dexie.on('storagemutated').unsubscribe(this.onMutated);
    };
  }

  /** The case's articles with their text in list order, a new array after every change; undefined until loaded. */
  readonly getSnapshot = (): Article[] | undefined => this.articles;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Why the last read failed, or null when it succeeded. */
  readonly failure = (): unknown => this.lastFailure;

  /** Resolves once every change seen so far has been applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(() => (this.stopped ? undefined : step())).then(
      () => void (this.lastFailure = null),
      (error: unknown) => {
        // A failed read leaves the last good snapshot; the next write tries again.
        this.lastFailure = error;
        console.error('Reading articles failed', error);
      },
    );
  }

  /**
   * Reads the case's articles a few at a time: the database answers one
   * request at a time, and one read of every article's text would hold a
   * claim being saved meanwhile for most of a second. Writes made between
   * reads are applied after, by the refreshes their events queued.
   */
  private async load(): Promise<void> {
    const ids = (await this.repository.listSummariesByCase(this.caseId)).map((a) => a.id);
    const articles: Article[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) articles.push(...(await this.repository.getMany(ids.slice(i, i + LOAD_BATCH))));
    this.publish(articles.filter((a) => a.caseId === this.caseId).sort(byListOrder));
  }

  private async refresh(ids: string[]): Promise<void> {
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
    for (const listener of this.listeners) listener();
  }
}
