// Tells what a file is from its first bytes first and its name second: PDF and
// zip signatures, other well-known binary formats, then, for text, whether it
// is HTML, Markdown or plain text. Decoding the text is decode-text.ts's job.

export type SniffedKind =
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'rtf'
  | 'image'
  | 'other-binary'
  | 'text';

export type TextKind = 'html' | 'markdown' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

// Only signatures no real text starts with; other binaries are caught by their
// NUL bytes and control characters when decoded.
const IMAGE_SIGNATURES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  ascii('GIF8'),
  ascii('II*\0'),
  ascii('MM\0*'),
];
const OTHER_BINARY_SIGNATURES = [
  [0x1f, 0x8b], // gzip
  ascii('Rar!'),
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  ascii('OggS'),
  ascii('fLaC'),
  ascii('SQLite format 3'),
];

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  // PDF readers accept the header anywhere in the first kilobyte.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image';
  if (IMAGE_SIGNATURES.some((s) => startsWith(bytes, s))) return 'image';
  if (OTHER_BINARY_SIGNATURES.some((s) => startsWith(bytes, s))) return 'other-binary';
  return 'text';
}

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'mhtml']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

export function sniffTextKind(text: string, name: string): TextKind {
  const ext = extensionOf(name);
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(ext)) return 'markdown';
  if (HTML_START.test(text.slice(0, 4096))) return 'html';
  return 'text';
}
