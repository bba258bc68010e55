// Imports an HTML page saved from a browser, parsed once into an inert
// document: metadata read from it, its article body found by Readability on
// that document, and only the article, sanitised into a tree, turned into
// blocks. A page where Readability finds no article falls back to the whole
// page, sanitised, with a warning.
import { Readability } from '@mozilla/readability';
import type { ArticleBlock } from '../model';
import { asDomDocument, type DomDocument, type DomParentNode, nestingDepth } from './dom-types';
import { draftResult, finishDraft, importFailure } from './draft';
import { htmlToBlocks } from './html-blocks';
import { readHtmlMetadata } from './html-metadata';
import { importMessages } from './messages';
import { prepareForReadability } from './readability-input';
import type { ArticleDraft, DraftMetadata, ImportDeps, ImportFileResult } from './types';

/** Sanitises an HTML fragment and reads its blocks. */
export function sanitizedHtmlToBlocks(html: string, deps: Pick<ImportDeps, 'sanitizeHtml'>): ArticleBlock[] {
  return htmlToBlocks(deps.sanitizeHtml(html));
}

/** Readability's time grows steeply with nesting; real pages stay far below this. */
const READABILITY_MAX_DEPTH = 120;

// Class or id words of page furniture that Readability does not always drop.
const CLUTTER = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|sponsor\w*|promo\w*|cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|share|social|related|outbrain|taboola)(?:$|[\s_-])/i;

function removeClutter(root: DomParentNode): void {
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (CLUTTER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
}

/** The article's HTML as Readability finds it in the page, still unsanitised, or null. */
function readArticleHtml(doc: DomDocument, title: string): string | null {
  if (!doc.body || nestingDepth(doc.body, READABILITY_MAX_DEPTH) >= READABILITY_MAX_DEPTH) return null;
  removeClutter(doc);
  prepareForReadability(doc, title);
  try {
    // The document is inert (the parser runs no scripts, loads nothing), so
    // Readability may read it as it is; what it returns is sanitised next.
    const article = new Readability(doc as never, { charThreshold: 200, disableJSONLD: true }).parse();
    return article?.content && (article.textContent ?? '').trim().length > 0 ? article.content : null;
  } catch {
    return null;
  }
}

function wholePageBlocks(html: string, deps: Pick<ImportDeps, 'sanitizeHtml'>): ArticleBlock[] {
  const page = deps.sanitizeHtml(html);
  removeClutter(page);
  return htmlToBlocks(page);
}

export function importHtmlPage(
  html: string,
  name: string,
  deps: Pick<ImportDeps, 'parseHtml' | 'sanitizeHtml'>,
  format: ArticleDraft['format'] = 'html',
): ImportFileResult {
  const doc = asDomDocument(deps.parseHtml(html));
  if (!doc) return importFailure(name, 'malformed', importMessages.noText(name));
  const metadata: DraftMetadata = readHtmlMetadata(doc);
  const warnings: string[] = [];
  const articleHtml = readArticleHtml(doc, metadata.title || doc.title);
  let blocks = articleHtml ? sanitizedHtmlToBlocks(articleHtml, deps) : [];
  if (blocks.length === 0) {
    blocks = wholePageBlocks(html, deps);
    if (blocks.length > 0) warnings.push(importMessages.warnWholePage());
  }
  return draftResult(name, finishDraft(metadata, blocks, format, name), warnings, importMessages.noText(name));
}
