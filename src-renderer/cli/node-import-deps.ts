// Wires the import parsers for Node (the CLI and unit tests): HTML parsed and
// sanitised in one jsdom window that never runs scripts or loads resources,
// and PDFs read with pdfjs-dist's legacy build, which needs no worker file here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported; the test project needs it too
/// <reference path="./jsdom.d.ts" />
import createDOMPurify from 'dompurify';
import { JSDOM, type JsdomWindow } from 'jsdom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createHtmlSanitizer, type ImportDeps, type PdfDocumentLike } from '../core/import';

/** `window` lets a test watch the jsdom window the parsers use; by default a fresh one. */
export function createNodeImportDeps(options: { window?: JsdomWindow } = {}): ImportDeps {
  // jsdom's defaults: scripts are not run, subresources are not fetched.
  const window = options.window ?? new JSDOM('<!DOCTYPE html><html><body></body></html>').window;
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizeHtml: createHtmlSanitizer(createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0])),
    loadPdf: async (data) =>
      (await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise) as unknown as PdfDocumentLike,
  };
}
