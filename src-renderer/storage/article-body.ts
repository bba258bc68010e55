// How an Article is stored: its metadata row in `articles` and its body (text
// and blocks) in `articleBodies`, so lists read metadata without the bodies.
// Pure functions; the e2e and bench seeding write rows with them too.
import type { Article, ArticleSummary } from '../core/model';

/** The stored body of an article: keyed by the article's id, indexed by its case. */
export type ArticleBody = Pick<Article, 'id' | 'caseId' | 'blocks' | 'text'>;

export function articleSummary(article: Article): ArticleSummary {
  const { blocks: _blocks, text: _text, ...summary } = article;
  return summary;
}

export function articleBody(article: Article): ArticleBody {
  return { id: article.id, caseId: article.caseId, blocks: article.blocks, text: article.text };
}

/** The rows that store these articles, one body per summary. */
export function splitArticles(articles: readonly Article[]): { summaries: ArticleSummary[]; bodies: ArticleBody[] } {
  return { summaries: articles.map(articleSummary), bodies: articles.map(articleBody) };
}

/** Joins summaries with their bodies; a summary without its body is a broken database, reported by id. */
export function joinArticles(summaries: readonly ArticleSummary[], bodies: readonly (ArticleBody | undefined)[]): Article[] {
  const byId = new Map<string, ArticleBody>();
  for (const b of bodies) if (b) byId.set(b.id, b);
  return summaries.map((s) => {
    const body = byId.get(s.id);
    if (!body) throw new Error(`The text of article "${s.title || s.id}" is missing from the database.`);
    return { ...s, blocks: body.blocks, text: body.text };
  });
}
