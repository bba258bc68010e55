// Imports an HTML page saved from a browser: metadata from the page as saved,
// then the page sanitised, its article body found by Readability, sanitised
// again and turned into blocks. A page where Readability finds no article
// falls back to the whole sanitised page, with a warning.
import { Readability } from '@mozilla/readability';
import type { ArticleBlock } from '../model';
import { asDomDocument, type DomDocument, nestingDepth } from './dom-types';
import { draftResult, finishDraft, importFailure } from './draft';
import { htmlToBlocks } from './html-blocks';
import { readHtmlMetadata } from './html-metadata';
import { importMessages } from './messages';
import type { ArticleDraft, DraftMetadata, ImportDeps, ImportFileResult } from './types';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function parseSafe(deps: Pick<ImportDeps, 'parseHtml'>, safeBody: string, title = ''): DomDocument | null {
  return asDomDocument(deps.parseHtml(`<!DOCTYPE html><html><head><title>${escapeText(title)}</title></head><body>${safeBody}</body></html>`));
}

/** Sanitises an HTML fragment and reads its blocks. */
export function sanitizedHtmlToBlocks(html: string, deps: Pick<ImportDeps, 'parseHtml' | 'sanitizeHtml'>): ArticleBlock[] {
  const doc = parseSafe(deps, deps.sanitizeHtml(html));
  return doc?.body ? htmlToBlocks(doc.body) : [];
}

/** Readability's time grows steeply with nesting; real pages stay far below this. */
const READABILITY_MAX_DEPTH = 120;

// Class or id words of page furniture that Readability does not always drop.
const CLUTTER = /(?:^|[\s_-])(?:ads?|adslot|advert\w*|sponsor\w*|promo\w*|cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|share|social|related|outbrain|taboola)(?:$|[\s_-])/i;

function removeClutter(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (CLUTTER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
}

function readArticleBody(safePage: string, title: string, deps: Pick<ImportDeps, 'parseHtml' | 'sanitizeHtml'>): string | null {
  const doc = parseSafe(deps, safePage, title);
  if (!doc?.body || nestingDepth(doc.body, READABILITY_MAX_DEPTH) >= READABILITY_MAX_DEPTH) return null;
  removeClutter(doc);
  try {
    // Readability only reads and rearranges the (already sanitised) tree it is given.
    const article = new Readability(doc as never, { charThreshold: 200 }).parse();
    return article?.content && (article.textContent ?? '').trim().length > 0 ? article.content : null;
  } catch {
    return null;
  }
}

export function importHtmlPage(
  html: string,
  name: string,
  deps: Pick<ImportDeps, 'parseHtml' | 'sanitizeHtml'>,
  format: ArticleDraft['format'] = 'html',
): ImportFileResult {
  const raw = asDomDocument(deps.parseHtml(html));
  if (!raw) return importFailure(name, 'malformed', importMessages.noText(name));
  const metadata: DraftMetadata = readHtmlMetadata(raw);
  const safePage = deps.sanitizeHtml(html);
  const warnings: string[] = [];
  // Given the headline as the title, Readability drops its repeat at the top of the body.
  const articleBody = readArticleBody(safePage, metadata.title || raw.title, deps);
  let blocks = articleBody ? sanitizedHtmlToBlocks(articleBody, deps) : [];
  if (blocks.length === 0) {
    const page = parseSafe(deps, safePage);
    if (page) removeClutter(page);
    blocks = page?.body ? htmlToBlocks(page.body) : [];
    if (blocks.length > 0) warnings.push(importMessages.warnWholePage());
  }
  return draftResult(name, finishDraft(metadata, blocks, format, name), warnings, importMessages.noText(name));
}
