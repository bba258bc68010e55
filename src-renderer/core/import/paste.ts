// Imports what the reviewer pasted: the clipboard's HTML when there is some
// (sanitised, structure kept), otherwise its plain text.
import { stripControls } from './clean-text';
import { draftResult, finishDraft, importFailure } from './draft';
import { sanitizedHtmlToBlocks } from './html-import';
import { importMessages } from './messages';
import { importPlainText } from './text-import';
import type { ImportDeps, ImportFileResult } from './types';

export interface PastedContent {
  text: string;
  /** The clipboard's text/html, if it had any. */
  html?: string;
}

export function importPaste(pasted: PastedContent, deps: Pick<ImportDeps, 'sanitizeHtml'>): ImportFileResult {
  const name = importMessages.pasteLabel;
  try {
    if (pasted.html && pasted.html.trim()) {
      const blocks = sanitizedHtmlToBlocks(stripControls(pasted.html), deps);
      if (blocks.length > 0) return draftResult(name, finishDraft({}, blocks, 'paste', name), [], importMessages.pasteNoText());
    }
    const result = importPlainText(pasted.text, name, 'paste');
    return result.ok ? result : importFailure(name, 'empty', importMessages.pasteNoText());
  } catch {
    return importFailure(name, 'malformed', importMessages.pasteNoText());
  }
}
