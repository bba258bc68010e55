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

/** About `radius` characters either side of the first match, cut at spaces,
 *  with ellipses where the text goes on; null when nothing matches. */
export function passageSnippet(text: string, terms: readonly string[], radius = 70): Segment[] | null {
  const re = matcher(terms);
  const m = re ? re.exec(text) : null;
  if (!m) return null;
  let start = Math.max(0, m.index - radius);
  let end = Math.min(text.length, m.index + m[0].length + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > m.index ? text.lastIndexOf(' ', end) : end;
  const passage = (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
  return highlightSegments(passage, terms);
}
