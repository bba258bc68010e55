// Tells whether an imported draft has the same text as an article already in
// the case, by the SHA-256 of its plain text (the Article.contentHash rule), so
// the interface can warn before a second copy is stored.
import { blocksToText, sha256Hex } from '../article-text';
import type { ArticleDraft } from './types';

export function draftContentHash(draft: Pick<ArticleDraft, 'blocks'>): Promise<string> {
  return sha256Hex(blocksToText(draft.blocks));
}

/** The first existing article whose content hash equals the draft's, or null. */
export async function findDuplicateArticle<T extends { contentHash: string }>(
  draft: Pick<ArticleDraft, 'blocks'>,
  existing: readonly T[],
): Promise<T | null> {
  const hash = await draftContentHash(draft);
  return existing.find((a) => a.contentHash === hash) ?? null;
}
