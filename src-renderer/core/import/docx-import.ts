// Imports a Word .docx: mammoth converts the body to HTML (headings, lists,
// quotes by paragraph style), which goes through the shared sanitiser and block
// reader; title, author and date come from docProps/core.xml.
import mammoth from 'mammoth';
import { draftResult, finishDraft, importFailure } from './draft';
import { sanitizedHtmlToBlocks } from './html-import';
import { importMessages } from './messages';
import type { DraftMetadata, ImportDeps, ImportFileResult } from './types';
import { listZipEntries, readZipEntry } from './zip-entries';

// Word's built-in quote styles become block quotes; the rest keep mammoth's defaults.
const STYLE_MAP = ["p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Intense Quote'] => blockquote > p:fresh"];

function decodeXmlText(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => safeCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeCodePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

function xmlElementText(xml: string, localName: string): string {
  const m = new RegExp(`<(?:[\\w-]+:)?${localName}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${localName}>`).exec(xml);
  return m ? decodeXmlText(m[1]) : '';
}

/** Title, author and creation date from the document's core properties. */
export async function readDocxMetadata(bytes: Uint8Array): Promise<DraftMetadata> {
  const entries = listZipEntries(bytes);
  const core = entries && (await readZipEntry(bytes, entries, 'docProps/core.xml'));
  if (!core) return {};
  const xml = new TextDecoder('utf-8').decode(core);
  return {
    title: xmlElementText(xml, 'title'),
    author: xmlElementText(xml, 'creator'),
    publishedDate: xmlElementText(xml, 'created'),
    language: xmlElementText(xml, 'language'),
  };
}

export async function importDocx(bytes: Uint8Array, name: string, deps: Pick<ImportDeps, 'sanitizeHtml'>): Promise<ImportFileResult> {
  const arrayBuffer = bytes.slice().buffer;
  // mammoth reads `arrayBuffer` in its browser build and `buffer` under Node; both accept an ArrayBuffer.
  const input = { arrayBuffer, buffer: arrayBuffer };
  let converted: { value: string; messages: { type: string }[] };
  try {
    converted = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, { styleMap: STYLE_MAP });
  } catch {
    return importFailure(name, 'malformed', importMessages.brokenDocx(name));
  }
  const blocks = sanitizedHtmlToBlocks(converted.value, deps);
  const metadata = await readDocxMetadata(bytes);
  const errors = converted.messages.filter((m) => m.type === 'error').length;
  const warnings = errors > 0 ? [importMessages.warnDocxMessages(errors)] : [];
  return draftResult(name, finishDraft(metadata, blocks, 'docx', name), warnings, importMessages.noText(name));
}
