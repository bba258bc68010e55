// Wires the import parsers for the renderer: the browser's DOMParser (inert
// documents: no scripts run, nothing loads), DOMPurify over this window, and
// pdfjs-dist with its worker bundled as a local file, loaded on first PDF.
import DOMPurify from 'dompurify';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { createHtmlSanitizer, type ImportDeps, type PdfDocumentLike } from '../../core/import';

async function loadPdf(data: Uint8Array): Promise<PdfDocumentLike> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  // No cMap or font URLs: pdfjs then fetches nothing beyond its own worker.
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  return (await task.promise) as unknown as PdfDocumentLike;
}

export function createBrowserImportDeps(): ImportDeps {
  const parser = new DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizeHtml: createHtmlSanitizer(DOMPurify(window)),
    loadPdf,
  };
}
