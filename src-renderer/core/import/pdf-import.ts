// Imports a PDF's text layer through the injected pdfjs loader: every page's
// positioned text is rebuilt into paragraphs; Title, Author and CreationDate
// come from the info dictionary. Password-protected files and files without a
// text layer (scans) get their own clear messages.
import { draftResult, finishDraft, importFailure } from './draft';
import { importMessages } from './messages';
import { type PdfLine, linesToBlocks, runsToLines, toRuns } from './pdf-paragraphs';
import type { PdfDocumentLike } from './pdf-types';
import type { DraftMetadata, ImportDeps, ImportFileResult } from './types';

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

async function readInfo(doc: PdfDocumentLike): Promise<DraftMetadata> {
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown> | undefined;
    const text = (key: string) => (typeof info?.[key] === 'string' ? (info[key] as string) : '');
    return { title: text('Title'), author: text('Author'), publishedDate: text('CreationDate'), language: text('Language') };
  } catch {
    return {};
  }
}

export async function importPdf(bytes: Uint8Array, name: string, deps: Pick<ImportDeps, 'loadPdf'>): Promise<ImportFileResult> {
  let doc: PdfDocumentLike;
  try {
    // pdfjs may take ownership of (detach) the buffer it is given: hand it a copy.
    doc = await deps.loadPdf(bytes.slice());
  } catch (error) {
    if (errorName(error) === 'PasswordException') return importFailure(name, 'encrypted', importMessages.encryptedPdf(name));
    return importFailure(name, 'malformed', importMessages.brokenPdf(name));
  }
  try {
    const pages: PdfLine[][] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const lines = runsToLines(toRuns((await page.getTextContent()).items));
      page.cleanup?.();
      if (lines.length === 0) emptyPages.push(n);
      pages.push(lines);
    }
    const blocks = linesToBlocks(pages.filter((p) => p.length > 0));
    if (blocks.length === 0) return importFailure(name, 'no-text', importMessages.pdfNoText(name));
    const warnings = emptyPages.length > 0 ? [importMessages.warnSomePagesEmpty(emptyPages)] : [];
    return draftResult(name, finishDraft(await readInfo(doc), blocks, 'pdf', name), warnings, importMessages.pdfNoText(name));
  } catch {
    return importFailure(name, 'malformed', importMessages.brokenPdf(name));
  } finally {
    await Promise.resolve(doc.destroy?.()).catch(() => undefined);
  }
}
