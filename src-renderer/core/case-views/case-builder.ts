// Builds case objects from plain text without storage: the fixtures of the
// view-model tests and the synthetic large cases of the performance checks.
// Claims are anchored where their quote first occurs, as marking would do.
import type { Article, Claim, ClaimLink, LinkKind, Verdict } from '../model';
import { blocksToText, textToBlocks } from '../article-text';
import { describeAnchor } from '../anchoring/describe';

const AT = '2026-01-01T00:00:00.000Z';

export function buildArticle(caseId: string, id: string, order: number, fields: Partial<Article> & { text: string }): Article {
  const blocks = fields.blocks ?? textToBlocks(fields.text);
  const text = blocksToText(blocks);
  return {
    id,
    caseId,
    title: fields.title ?? text.slice(0, 60),
    outlet: fields.outlet ?? '',
    author: fields.author ?? '',
    url: fields.url ?? '',
    publishedDate: fields.publishedDate ?? '',
    language: fields.language ?? 'en',
    blocks,
    text,
    contentHash: fields.contentHash ?? id,
    origin: fields.origin ?? { format: 'text', name: `${id}.txt`, importedAt: AT },
    order,
    createdAt: fields.createdAt ?? AT,
    updatedAt: fields.updatedAt ?? AT,
  };
}

export type ClaimFields = Partial<Omit<Claim, 'id' | 'caseId' | 'articleId' | 'anchor'>> & { ratingId?: string | null; occurrence?: number };

/** A claim over the `occurrence`-th (0-based) appearance of `quote` in the article. */
export function buildClaim(article: Article, id: string, quote: string, fields: ClaimFields = {}): Claim {
  let start = -1;
  for (let i = 0; i <= (fields.occurrence ?? 0); i++) {
    start = article.text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`“${quote}” is not in article ${article.id}`);
  }
  const { ratingId, occurrence: _occurrence, ...rest } = fields;
  const verdict: Verdict | null =
    rest.verdict ?? (ratingId ? { ratingId, conclusion: '', rationale: [], reviewer: 'Ana', date: '2026-01-01' } : null);
  return {
    id,
    caseId: article.caseId,
    articleId: article.id,
    anchor: describeAnchor(article.text, { start, end: start + quote.length }),
    statement: quote,
    claimant: '',
    claimDate: '',
    status: 'open',
    tags: [],
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    ...rest,
    verdict,
  };
}

export function buildLink(id: string, from: Claim, to: Claim, kind: LinkKind): ClaimLink {
  return { id, caseId: from.caseId, fromClaimId: from.id, toClaimId: to.id, kind, createdAt: AT };
}
