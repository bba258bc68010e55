// Large, deterministic test material made of the seed articles' sentences,
// recombined by a seeded random generator: a 50,000-word article with claims
// and an edit of it (for re-anchoring), and many-article cases (for similarity).
// Takes the seed texts as arguments, so it runs anywhere core runs.
import { describeAnchor } from '../anchoring/describe';
import type { ClaimAnchor } from '../model';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the seed texts (date line dropped), at least 20 characters long. */
export function seedSentences(seedTexts: readonly string[]): string[] {
  const sentences = new Set<string>();
  for (const text of seedTexts) {
    const body = text.replace(/^\uFEFF?\s*date\s+\d{4}-\d{2}-\d{2}\s/, '');
    for (const para of body.split(/\n\s*\n/)) {
      const flat = para.replace(/\s+/g, ' ').trim();
      for (const s of flat.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘A-Z])/)) {
        if (s.length >= 20) sentences.add(s);
      }
    }
  }
  return [...sentences];
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

interface Sentence {
  old: string | null;
  now: string | null;
}

export interface LargeReanchorCase {
  oldText: string;
  newText: string;
  wordCount: number;
  claims: { id: string; anchor: ClaimAnchor }[];
  /** Each claim's span in newText, or null where the claim must be flagged for review. */
  expected: Map<string, { start: number; end: number } | null>;
  /** How many of each edit the new text carries. */
  edits: { typoFixes: number; deletedQuotes: number; duplicatedSentences: number; insertedParagraphs: number };
}

export interface LargeReanchorOptions {
  seed?: number;
  words?: number;
  claims?: number;
  typoFixes?: number;
  deletedQuotes?: number;
  duplicatedSentences?: number;
}

/** Swaps two inner letters of the longest word: the typo that `now` fixes. */
function withTypo(sentence: string, random: () => number): string {
  const words = [...sentence.matchAll(/\p{L}{5,}/gu)];
  if (words.length === 0) return sentence;
  const w = words[Math.floor(random() * words.length)];
  const i = (w.index ?? 0) + 1 + Math.floor(random() * (w[0].length - 3));
  if (sentence[i] === sentence[i + 1]) return sentence;
  return sentence.slice(0, i) + sentence[i + 1] + sentence[i] + sentence.slice(i + 2);
}

export function buildLargeReanchorCase(seedTexts: readonly string[], options: LargeReanchorOptions = {}): LargeReanchorCase {
  const { seed = 1, words = 50_000, claims: claimCount = 2_000, typoFixes = 60, deletedQuotes = 20, duplicatedSentences = 10 } = options;
  const random = seededRandom(seed);
  const pool = seedSentences(seedTexts);
  const pick = () => pool[Math.floor(random() * pool.length)];
  const paragraph = (size: number): string[] => {
    const chosen = new Set<string>();
    while (chosen.size < size) chosen.add(pick());
    return [...chosen];
  };

  const paragraphs: Sentence[][] = [];
  for (let count = 0; count < words; ) {
    const p = paragraph(3 + Math.floor(random() * 5)).map((s) => ({ old: s, now: s }) as Sentence);
    count += p.reduce((n, s) => n + wordsIn(s.now ?? ''), 0);
    paragraphs.push(p);
  }
  const all = paragraphs.flat();
  const shuffled = all.map((s, i) => ({ s, i, r: random() })).sort((a, b) => a.r - b.r);
  const claimed = shuffled.slice(0, Math.min(claimCount, all.length)).map((x) => x.s);
  const claimedSet = new Set(claimed);
  // Claims cover a whole sentence or its tail from a word boundary.
  const cutOf = new Map<Sentence, number>();
  for (const s of claimed) {
    const starts = [...(s.now ?? '').matchAll(/(?<=\s)\S/g)].map((m) => m.index ?? 0);
    cutOf.set(s, random() < 0.7 || starts.length < 4 ? 0 : starts[Math.floor(random() * (starts.length / 2))]);
  }

  // Deleted quotes: one per paragraph at most, never a paragraph's last sentences.
  const deleted = new Set<string>();
  let deletions = 0;
  const touched = new Set<Sentence[]>();
  for (const p of paragraphs) {
    if (deletions >= deletedQuotes) break;
    if (p.length < 3 || random() > 0.2) continue;
    const victim = p.find((s) => claimedSet.has(s));
    if (!victim) continue;
    victim.now = null;
    deleted.add(victim.old ?? '');
    deletions++;
    touched.add(p);
  }
  // A re-typed copy of a removed sentence would read as the sentence moved; keep
  // inserted text free of those so every expectation is unambiguous.
  const insertable = () => {
    let s = pick();
    while (deleted.has(s)) s = pick();
    return s;
  };

  // Typo fixes: the old text carries the typo, the new one is correct; half sit
  // inside claimed quotes, half in a claimed sentence's neighbour.
  let typos = 0;
  const addTypo = (s: Sentence) => {
    if (typos >= typoFixes || s.now === null || s.old !== s.now) return;
    const typo = withTypo(s.now, random);
    if (typo === s.now) return;
    s.old = typo;
    typos++;
  };
  for (const s of claimed.slice(0, typoFixes)) if (typos < typoFixes / 2) addTypo(s);
  for (const p of paragraphs) {
    for (let i = 1; i < p.length; i++) if (claimedSet.has(p[i]) && !claimedSet.has(p[i - 1])) addTypo(p[i - 1]);
  }

  // Sentences duplicated: copies of claimed sentences pasted into other paragraphs.
  let duplicates = 0;
  for (const s of claimed) {
    if (duplicates >= duplicatedSentences) break;
    if (s.now === null || deleted.has(s.now)) continue;
    const target = paragraphs[Math.floor(random() * paragraphs.length)];
    if (touched.has(target) || target.some((t) => t.now === s.now || t.old === s.now)) continue;
    target.splice(1, 0, { old: null, now: s.now });
    touched.add(target);
    duplicates++;
  }
  // One inserted paragraph, somewhere in the middle.
  const inserted: Sentence[] = [];
  while (inserted.length < 5) {
    const s = insertable();
    if (!inserted.some((i) => i.now === s)) inserted.push({ old: null, now: s });
  }
  paragraphs.splice(Math.floor(paragraphs.length / 2), 0, inserted);

  const render = (side: 'old' | 'now') => {
    const offsets = new Map<Sentence, number>();
    const parts: string[] = [];
    let at = 0;
    for (const p of paragraphs) {
      const present = p.filter((s) => s[side] !== null);
      if (present.length === 0) continue;
      if (parts.length > 0) {
        parts.push('\n\n');
        at += 2;
      }
      present.forEach((s, i) => {
        if (i > 0) {
          parts.push(' ');
          at += 1;
        }
        offsets.set(s, at);
        parts.push(s[side] ?? '');
        at += (s[side] ?? '').length;
      });
    }
    return { text: parts.join(''), offsets };
  };
  const before = render('old');
  const after = render('now');

  const claims: LargeReanchorCase['claims'] = [];
  const expected: LargeReanchorCase['expected'] = new Map();
  claimed.forEach((s, n) => {
    const id = `claim-${n}`;
    const cut = cutOf.get(s) ?? 0;
    const oldStart = (before.offsets.get(s) ?? 0) + cut;
    claims.push({ id, anchor: describeAnchor(before.text, { start: oldStart, end: oldStart + (s.old ?? '').length - cut }) });
    const newStart = after.offsets.get(s);
    expected.set(id, s.now === null || newStart === undefined ? null : { start: newStart + cut, end: newStart + s.now.length });
  });
  return {
    oldText: before.text,
    newText: after.text,
    wordCount: wordsIn(before.text),
    claims,
    expected,
    edits: { typoFixes: typos, deletedQuotes: deletions, duplicatedSentences: duplicates, insertedParagraphs: 1 },
  };
}

export interface LargeArticle {
  id: string;
  text: string;
}

/** A case of `count` articles of 300–900 words each, recombined from the seeds. */
export function buildLargeArticleSet(seedTexts: readonly string[], count: number, seed = 7): LargeArticle[] {
  const random = seededRandom(seed);
  const pool = seedSentences(seedTexts);
  const articles: LargeArticle[] = [];
  for (let a = 0; a < count; a++) {
    const target = 300 + Math.floor(random() * 600);
    const paras: string[] = [];
    for (let words = 0; words < target; ) {
      const p: string[] = [];
      for (let i = 0; i < 3 + Math.floor(random() * 4); i++) p.push(pool[Math.floor(random() * pool.length)]);
      words += wordsIn(p.join(' '));
      paras.push(p.join(' '));
    }
    articles.push({ id: `article-${a}`, text: paras.join('\n\n') });
  }
  return articles;
}
