// What the importers take and give back. Parsers are pure: they get the file's
// bytes and a DOM parser (the browser's DOMParser in the app, linkedom/jsdom
// under Node) and return an article draft or a clear, per-file error.
import type { ArticleBlock, DateOnly, ImportOrigin } from '../model';

export interface ImportFile {
  name: string;
  /** Path relative to a picked folder, or the name. */
  relativePath: string;
  bytes: Uint8Array;
}

/** Parses HTML into a Document. Injected so core never touches DOM globals. */
export type HtmlDocumentParser = (html: string) => unknown;

export interface ImportDeps {
  parseHtml: HtmlDocumentParser;
}

/** An article as read from a file, before it is stored in a case. */
export interface ArticleDraft {
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedDate: DateOnly;
  language: string;
  blocks: ArticleBlock[];
  format: ImportOrigin['format'];
  sourceName: string;
}

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
