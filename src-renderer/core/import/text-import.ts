// Imports plain text: the seed format's optional leading ` date YYYY-MM-DD `
// line, then paragraphs separated by blank lines (ordinary .txt files are the
// same thing without the date line).
import { parseSeedArticle } from '../seed-format';
import { stripControls } from './clean-text';
import { draftResult, finishDraft } from './draft';
import { importMessages } from './messages';
import type { ArticleDraft, ImportFileResult } from './types';

export function importPlainText(text: string, name: string, format?: ArticleDraft['format']): ImportFileResult {
  const parsed = parseSeedArticle(stripControls(text));
  const draft = finishDraft({ publishedDate: parsed.publishedDate }, parsed.blocks, format ?? (parsed.publishedDate ? 'seed' : 'text'), name);
  return draftResult(name, draft, [], importMessages.noText(name));
}
