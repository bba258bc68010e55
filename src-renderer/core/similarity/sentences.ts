// Splits an article's plain text into sentences with their offsets. Knows
// abbreviations ("Mr.", "U.S."), initials, and closing quote marks after the
// full stop (straight or curly), so quoted speech ends where the quote closes.

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'pres', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'fig', 'jan', 'feb', 'mar', 'apr',
  'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'rev', 'hon',
]);

/** A full stop that ends an abbreviation, an initial or a dotted acronym (U.S.) rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return false;
  if (word.includes('.')) return true; // U.S, e.g, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = /[”"’')\]»]/;
const OPENERS = /[“"‘'([«\p{Lu}\p{N}]/u;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // Paragraphs and lines never share a sentence.
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k])) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !OPENERS.test(next)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}
