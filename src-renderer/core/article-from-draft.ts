// Turns an article draft (what an importer read from a file) into a stored
// Article of a case: ids, plain-text snapshot, content hash and origin.
import type { Article, Id, Timestamp } from './model';
import type { ArticleDraft } from './import/types';
import { blocksToText, sha256Hex } from './article-text';
import { newId } from './ids';

export interface ArticlePlacement {
  caseId: Id;
  order: number;
  now: Timestamp;
  /** Fixed id (fixtures, bundles); a new random one otherwise. */
  id?: Id;
}

export async function articleFromDraft(draft: ArticleDraft, at: ArticlePlacement): Promise<Article> {
  const text = blocksToText(draft.blocks);
  return {
    id: at.id ?? newId(),
    caseId: at.caseId,
    title: draft.title,
    outlet: draft.outlet,
    author: draft.author,
    url: draft.url,
    publishedDate: draft.publishedDate,
    language: draft.language,
    blocks: draft.blocks.map((b) => ({ ...b })),
    text,
    contentHash: await sha256Hex(text),
    origin: { format: draft.format, name: draft.sourceName, importedAt: at.now },
    order: at.order,
    createdAt: at.now,
    updatedAt: at.now,
  };
}
