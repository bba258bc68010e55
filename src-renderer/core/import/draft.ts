// Assembles the draft every importer returns: metadata cleaned and bounded,
// the date normalised, empty blocks dropped, and the title defaulting to the
// article's first sentence when the file names none.
import type { ArticleBlock } from '../model';
import { firstSentence } from '../article-text';
import { cleanInline } from './clean-text';
import { isValidDateOnly, normaliseDate } from './dates';
import type { ArticleDraft, DraftMetadata, ImportFileResult } from './types';

const MAX_FIELD = 300;

function field(value: string | undefined): string {
  const clean = cleanInline(value ?? '');
  return clean.length > MAX_FIELD ? clean.slice(0, MAX_FIELD - 1).trimEnd() + '…' : clean;
}

export function finishDraft(
  metadata: DraftMetadata,
  blocks: readonly ArticleBlock[],
  format: ArticleDraft['format'],
  sourceName: string,
): ArticleDraft {
  const kept = blocks
    .map((b) => ({ ...b, text: cleanInline(b.text) }))
    .filter((b) => b.text.length > 0);
  const date = metadata.publishedDate ?? '';
  return {
    title: field(metadata.title) || (kept.length > 0 ? field(firstSentence(kept[0].text)) : ''),
    outlet: field(metadata.outlet),
    author: field(metadata.author),
    url: field(metadata.url),
    publishedDate: isValidDateOnly(date) ? date : normaliseDate(date),
    language: field(metadata.language),
    blocks: kept,
    format,
    sourceName: field(sourceName),
  };
}

export function importFailure(name: string, code: Extract<ImportFileResult, { ok: false }>['code'], message: string): ImportFileResult {
  return { ok: false, name, code, message };
}

/** One draft, or a 'no-text' failure when nothing readable was found. */
export function draftResult(name: string, draft: ArticleDraft, warnings: string[], noTextMessage: string): ImportFileResult {
  if (draft.blocks.length === 0) return importFailure(name, 'no-text', noTextMessage);
  return { ok: true, name, drafts: [draft], warnings };
}
