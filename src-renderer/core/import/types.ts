// What the importers take and give back. Parsers are pure: they get the file's
// bytes and their DOM, sanitizer and PDF reader as injected dependencies (the
// browser's in the app, jsdom and the pdfjs legacy build under Node) and return
// an article draft or a clear, per-file error.
import type { Article, ImportOrigin } from '../model';
import type { DomElement } from './dom-types';
import type { PdfLoader } from './pdf-types';

export interface ImportFile {
  name: string;
  /** Path relative to a picked folder, or the name. */
  relativePath: string;
  bytes: Uint8Array;
}

/** Parses HTML into a Document. Injected so core never touches DOM globals.
 *  Must not run scripts or load resources (DOMParser and jsdom's defaults don't). */
export type HtmlDocumentParser = (html: string) => unknown;

/** Turns untrusted HTML into a sanitised, inert tree (its body element); build it with
 *  createHtmlSanitizer(). A tree, not a string: reading it needs no second parse. */
export type HtmlSanitizer = (html: string) => DomElement;

export interface ImportDeps {
  parseHtml: HtmlDocumentParser;
  sanitizeHtml: HtmlSanitizer;
  /** Opens a PDF with pdfjs (a worker in the browser, the legacy build under Node). */
  loadPdf: PdfLoader;
}

export interface ImportOptions {
  /** Largest file accepted, in bytes; MAX_IMPORT_BYTES by default. */
  maxBytes?: number;
}

/** An article as read from a file, before it is stored in a case: the
 *  article's own metadata and blocks, plus where it came from. */
export type ArticleDraft = Pick<Article, 'title' | 'outlet' | 'author' | 'url' | 'publishedDate' | 'language' | 'blocks'> & {
  format: ImportOrigin['format'];
  sourceName: string;
};

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unsupported'
  | 'encrypted'
  | 'no-text'
  | 'malformed';

export type ImportFileResult =
  | { ok: true; name: string; drafts: ArticleDraft[]; warnings: string[] }
  | { ok: false; name: string; code: ImportErrorCode; message: string };

/** Metadata an importer found in the file; anything missing stays ''. */
export type DraftMetadata = Partial<Pick<ArticleDraft, 'title' | 'outlet' | 'author' | 'url' | 'publishedDate' | 'language'>>;
