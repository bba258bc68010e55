// Reads the bytes of a text file whatever its encoding: UTF-8 (with or without
// BOM), UTF-16 LE/BE (with BOM, or recognised by its zero bytes), and
// the charset an HTML page declares, or windows-1252, when the bytes are not
// valid UTF-8. Says 'binary' for the rest.

export type DecodedText =
  /** `encoding` is the WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252', 'windows-1251'. */
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'binary' };

const SAMPLE = 4096;

// 0x80–0x9F of windows-1252; the five bytes it leaves undefined stay C1 controls (as in WHATWG).
const WINDOWS_1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decoded by table: Node 20's TextDecoder treats windows-1252 as Latin-1 (no curly quotes). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return out;
}

function decode(bytes: Uint8Array, label: string): string {
  return new TextDecoder(label, { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** UTF-16 text without a BOM: mostly-ASCII text has a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that no text file has (controls other than tab, newlines, form feed). */
function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  if (sample.length === 0) return 0;
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return controls / sample.length;
}

function textOrBinary(text: string, encoding: string): DecodedText {
  return controlShare(text) > 0.05 ? { ok: false, reason: 'binary' } : { ok: true, text, encoding };
}

/** The encoding an HTML page names in its first bytes (`<meta charset=…>`), if the platform knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

function decodeLegacy(bytes: Uint8Array): DecodedText {
  const declared = declaredCharset(bytes);
  // WHATWG reads 'latin1', 'iso-8859-1' and 'ascii' as windows-1252 too.
  if (declared && declared !== 'utf-8' && declared !== 'windows-1252' && !declared.startsWith('utf-16')) {
    return textOrBinary(decode(bytes, declared), declared);
  }
  return textOrBinary(decodeWindows1252(bytes), 'windows-1252');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return textOrBinary(decode(bytes.subarray(3), 'utf-8'), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return textOrBinary(decode(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return textOrBinary(decode(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return textOrBinary(decode(bytes, utf16), utf16);
  if (bytes.subarray(0, SAMPLE).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return textOrBinary(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return decodeLegacy(bytes);
  }
}
