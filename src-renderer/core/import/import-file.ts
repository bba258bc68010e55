// The one entry point for a file: checks size and emptiness, tells the format
// from magic bytes and the name, decodes legacy text encodings and hands the
// file to its importer. Never throws: every failure is a per-file result with
// a message that names the file and says what to do.
import { decodeText } from './decode-text';
import { importDocx } from './docx-import';
import { importFailure } from './draft';
import { importHtmlPage } from './html-import';
import { importMarkdown } from './markdown-import';
import { importMessages } from './messages';
import { importPdf } from './pdf-import';
import { extensionOf, sniffBytes, sniffTextKind } from './sniff-format';
import { importPlainText } from './text-import';
import type { ImportDeps, ImportFile, ImportFileResult, ImportOptions } from './types';
import { listZipEntries } from './zip-entries';

/** Largest file imported: 25 MB is far above any article, below what a renderer holds comfortably. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

export async function importFile(file: ImportFile, deps: ImportDeps, options: ImportOptions = {}): Promise<ImportFileResult> {
  const name = file.name || file.relativePath || 'file';
  try {
    return await importFileOrThrow(file.bytes, name, deps, options.maxBytes ?? MAX_IMPORT_BYTES);
  } catch (error) {
    return importFailure(name, 'malformed', importMessages.unexpected(name, describe(error)));
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 120) || 'unknown error';
}

async function importFileOrThrow(bytes: Uint8Array, name: string, deps: ImportDeps, maxBytes: number): Promise<ImportFileResult> {
  if (bytes.length > maxBytes) return importFailure(name, 'too-large', importMessages.tooLarge(name, bytes.length, maxBytes));
  if (bytes.length === 0) return importFailure(name, 'empty', importMessages.empty(name));
  const ext = extensionOf(name);
  const kind = sniffBytes(bytes);
  switch (kind) {
    case 'pdf':
      return importPdf(bytes, name, deps);
    case 'zip': {
      const entries = listZipEntries(bytes);
      if (entries?.some((e) => e.name === 'word/document.xml')) return importDocx(bytes, name, deps);
      if (!entries && ext === 'docx') return importFailure(name, 'malformed', importMessages.brokenDocx(name));
      return importFailure(name, 'unsupported', importMessages.otherZip(name));
    }
    case 'ole':
      // Encrypted .docx files are stored in the old compound-file container.
      if (ext === 'docx') return importFailure(name, 'encrypted', importMessages.encryptedDocx(name));
      return importFailure(name, 'unsupported', importMessages.legacyWord(name));
    case 'rtf':
      return importFailure(name, 'unsupported', importMessages.rtf(name));
    case 'image':
      return importFailure(name, 'unsupported', importMessages.image(name));
    case 'other-binary':
      return importFailure(name, 'binary', importMessages.binary(name));
    case 'text':
      break;
  }
  if (ext === 'pdf') return importFailure(name, 'malformed', importMessages.notPdf(name));
  if (ext === 'docx') return importFailure(name, 'malformed', importMessages.notDocx(name));
  const decoded = decodeText(bytes);
  if (!decoded.ok) return importFailure(name, 'binary', importMessages.binary(name));
  if (decoded.text.trim() === '') return importFailure(name, 'empty', importMessages.blank(name));
  const result = importText(decoded.text, name, deps);
  if (result.ok && !decoded.encoding.startsWith('utf-')) result.warnings.push(importMessages.warnLegacyEncoding(decoded.encoding));
  return result;
}

function importText(text: string, name: string, deps: ImportDeps): ImportFileResult {
  switch (sniffTextKind(text, name)) {
    case 'html':
      return importHtmlPage(text, name, deps);
    case 'markdown':
      return importMarkdown(text, name, deps);
    case 'text':
      return importPlainText(text, name);
  }
}
