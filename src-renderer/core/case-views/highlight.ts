// Marks search matches inside a text: splits it into plain and matched
// segments (whole words starting with a matched term, case-insensitively),
// and cuts a short passage around the first match of a long text.

export interface Segment {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One search highlights hundreds of passages and cells with the same terms: build its pattern once.
let lastTerms: readonly string[] | null = null;
let lastMatcher: RegExp | null = null;

function matcher(terms: readonly string[]): RegExp | null {
  if (terms !== lastTerms) {
    lastTerms = terms;
    const words = [...new Set(terms.filter((t) => t.trim()))].sort((a, b) => b.length - a.length);
    lastMatcher = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu') : null;
  }
  // A global pattern keeps where it stopped: each use starts from the beginning.
  if (lastMatcher) lastMatcher.lastIndex = 0;
  return lastMatcher;
}

export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const re = matcher(terms);
  if (!re) return [{ text, hit: false }];
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point ending just before `at` is a letter or digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Where the word starting at `at` ends. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (!WORD_CHAR.test(String.fromCodePoint(cp))) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/**
 * The first whole-word match of any (lower-case) term in `text`, as the
 * pattern of `highlightSegments` finds it: the start of a word that begins
 * with a term, to the end of that word. `lower` is `text.toLowerCase()`:
 * where lower-casing keeps every offset, plain string searches find it, tens
 * of times faster over a long article than the Unicode pattern.
 */
export function firstMatch(text: string, terms: readonly string[], lower = text.toLowerCase()): { start: number; end: number } | null {
  if (lower.length !== text.length) {
    const m = matcher(terms)?.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  }
  let start = -1;
  for (const term of terms) {
    if (!term.trim()) continue;
    let at = lower.indexOf(term);
    while (at >= 0 && (start < 0 || at < start) && wordCharBefore(lower, at)) at = lower.indexOf(term, at + 1);
    if (at >= 0 && (start < 0 || at < start)) start = at;
  }
  return start < 0 ? null : { start, end: wordEnd(lower, start) };
}

/** About `radius` characters either side of the first match, cut at spaces,
 *  with ellipses where the text goes on; null when nothing matches. `lower`
 *  is the text lower-cased, when the caller keeps it (see firstMatch). */
export function passageSnippet(text: string, terms: readonly string[], radius = 70, lower?: string): Segment[] | null {
  const m = firstMatch(text, terms, lower);
  if (!m) return null;
  let start = Math.max(0, m.start - radius);
  let end = Math.min(text.length, m.end + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > m.start ? text.lastIndexOf(' ', end) : end;
  const passage = (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
  return highlightSegments(passage, terms);
}
