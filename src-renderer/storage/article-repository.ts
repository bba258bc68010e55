// Articles of a case: add imported drafts (all in one transaction), edit
// metadata, and replace the text after a correction together with the claims
// re-anchored to it. Each article is two rows, metadata and body (see
// ./article-body.ts); every write here changes both in one transaction.
import type { Article, ArticleBlock, ArticleSummary, Claim, ImportOrigin } from '../core/model';
import { blocksToText, sha256Hex } from '../core/article-text';
import { newId, nowIso } from '../core/ids';
import type { FactmarkDb } from './db';
import { joinArticles, splitArticles, type ArticleBody } from './article-body';

export interface NewArticle {
  title: string;
  outlet?: string;
  author?: string;
  url?: string;
  publishedDate?: string;
  language?: string;
  blocks: ArticleBlock[];
  origin: Omit<ImportOrigin, 'importedAt'>;
}

export type ArticleMetadata = Pick<Article, 'title' | 'outlet' | 'author' | 'url' | 'publishedDate' | 'language'>;

export class ArticleRepository {
  constructor(private readonly db: FactmarkDb) {}

  /** The case's articles with their bodies, in list order. */
  listByCase(caseId: string): Promise<Article[]> {
    return this.db.transaction('r', this.db.articles, this.db.articleBodies, async () => this.withBodies(await this.listSummariesByCase(caseId)));
  }

  /** The case's articles without text and blocks, in list order: reads the metadata table only. */
  listSummariesByCase(caseId: string): Promise<ArticleSummary[]> {
    return this.db.articles.where('[caseId+order]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
  }

  get(id: string): Promise<Article | undefined> {
    return this.db.transaction('r', this.db.articles, this.db.articleBodies, async () => {
      const summary = await this.db.articles.get(id);
      return summary && (await this.withBodies([summary]))[0];
    });
  }

  /** An article's text and blocks alone (the caller has its metadata, from listSummariesByCase). */
  bodyOf(id: string): Promise<ArticleBody | undefined> {
    return this.db.articleBodies.get(id);
  }

  /** Several articles with their bodies; ids not found are left out. */
  getMany(ids: readonly string[]): Promise<Article[]> {
    return this.db.transaction('r', this.db.articles, this.db.articleBodies, async () => {
      const summaries = await this.db.articles.bulkGet([...ids]);
      return this.withBodies(summaries.filter((s): s is ArticleSummary => s !== undefined));
    });
  }

  /** Joins summaries with their bodies; call inside a transaction over both tables. */
  private async withBodies(summaries: ArticleSummary[]): Promise<Article[]> {
    return joinArticles(summaries, await this.db.articleBodies.bulkGet(summaries.map((s) => s.id)));
  }

  /** Builds stored articles from drafts (hashing their text) without writing them. */
  async prepare(caseId: string, drafts: NewArticle[], firstOrder: number): Promise<Article[]> {
    const now = nowIso();
    return Promise.all(
      drafts.map(async (d, i) => {
        const text = blocksToText(d.blocks);
        return {
          id: newId(),
          caseId,
          title: d.title,
          outlet: d.outlet ?? '',
          author: d.author ?? '',
          url: d.url ?? '',
          publishedDate: d.publishedDate ?? '',
          language: d.language ?? '',
          blocks: d.blocks,
          text,
          contentHash: await sha256Hex(text),
          origin: { ...d.origin, importedAt: now },
          order: firstOrder + i,
          createdAt: now,
          updatedAt: now,
        } satisfies Article;
      }),
    );
  }

  /** Adds drafts to a case in one transaction: all of them or none. */
  async addMany(caseId: string, drafts: NewArticle[]): Promise<Article[]> {
    const existing = await this.listSummariesByCase(caseId);
    const firstOrder = existing.length ? existing[existing.length - 1].order + 1 : 0;
    const articles = await this.prepare(caseId, drafts, firstOrder);
    const { summaries, bodies } = splitArticles(articles);
    await this.db.transaction('rw', this.db.articles, this.db.articleBodies, this.db.cases, async () => {
      await this.db.articles.bulkAdd(summaries);
      await this.db.articleBodies.bulkAdd(bodies);
      await this.db.cases.update(caseId, { updatedAt: nowIso() });
    });
    return articles;
  }

  /** Articles of the case whose text hash equals the given one. */
  findByHash(caseId: string, contentHash: string): Promise<Article[]> {
    return this.db.transaction('r', this.db.articles, this.db.articleBodies, async () =>
      this.withBodies(await this.db.articles.where('[caseId+contentHash]').equals([caseId, contentHash]).toArray()),
    );
  }

  /** Changes metadata only: the body row stays as it is. */
  async updateMetadata(id: string, patch: Partial<ArticleMetadata>): Promise<void> {
    await this.db.articles.update(id, { ...patch, updatedAt: nowIso() });
  }

  /** Replaces the text of an article and its claims' anchors in one transaction. */
  async replaceText(id: string, blocks: ArticleBlock[], reanchored: Pick<Claim, 'id' | 'anchor'>[]): Promise<void> {
    const text = blocksToText(blocks);
    const contentHash = await sha256Hex(text);
    const now = nowIso();
    await this.db.transaction('rw', this.db.articles, this.db.articleBodies, this.db.claims, async () => {
      const summary = await this.db.articles.get(id);
      if (!summary) return;
      await this.db.articles.update(id, { contentHash, updatedAt: now });
      await this.db.articleBodies.put({ id, caseId: summary.caseId, blocks, text });
      for (const c of reanchored) await this.db.claims.update(c.id, { anchor: c.anchor, updatedAt: now });
    });
  }

  /** Deletes an article with its claims and everything attached to them. */
  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.articles, this.db.articleBodies, this.db.claims, this.db.evidence, this.db.links, this.db.dismissed], async () => {
      const claimIds = (await this.db.claims.where('articleId').equals(id).primaryKeys()) as string[];
      await this.db.evidence.where('claimId').anyOf(claimIds).delete();
      await this.db.links.where('fromClaimId').anyOf(claimIds).delete();
      await this.db.links.where('toClaimId').anyOf(claimIds).delete();
      await this.db.dismissed.where('claimId').anyOf(claimIds).delete();
      await this.db.claims.bulkDelete(claimIds);
      await this.db.articles.delete(id);
      await this.db.articleBodies.delete(id);
    });
  }
}
