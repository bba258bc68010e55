// Maps offsets of an article's old plain text into its edited text. A line
// diff runs first (most edits touch few paragraphs), then a word-level diff
// inside each changed stretch, so a typo fix shifts nothing but what it touched.
// Claims whose ends land in unchanged text move by arithmetic, never by search.

/** A stretch of characters that is the same in both texts. */
export interface EqualRun {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Beyond this many edit steps a Myers diff gives up and a coarser answer is used. */
const MAX_LINE_EDITS = 2000;
const MAX_TOKEN_EDITS = 1000;
/** A word-level diff keeping less than this share of a changed stretch is treated as a rewrite. */
const MIN_KEPT_SHARE = 0.3;

const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;
/** A paragraph with the line breaks after it (or leading breaks alone). */
const LINE = /[^\n]+\n*|\n+/g;

interface Tokens {
  ids: Int32Array;
  /** starts[i] is token i's start offset; starts[length] is the end of the text. */
  starts: Int32Array;
}

function tokenize(text: string, from: number, to: number, pattern: RegExp, intern: Map<string, number>): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let id = intern.get(m[0]);
    if (id === undefined) {
      id = intern.size;
      intern.set(m[0], id);
    }
    ids.push(id);
    starts.push(from + m.index);
  }
  starts.push(to);
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts) };
}

interface SeqRun {
  a: number;
  b: number;
  len: number;
}

/** Myers' O(ND) diff: the runs of a longest common subsequence, or null past maxEdits. */
export function myersRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): SeqRun[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number): SeqRun[] {
  const runs: SeqRun[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number) => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const startX = down ? prevX : prevX + 1;
    if (x > startX) runs.push({ a: startX, b: startX - k, len: x - startX });
    x = prevX;
    y = prevX - prevK;
  }
  if (x > 0) runs.push({ a: 0, b: 0, len: x });
  return runs.reverse();
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Whether text[i] exists and is part of a word. */
const isWordChar = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);

function commonPrefix(a: string, b: string, aFrom: number, bFrom: number, aTo: number, bTo: number): number {
  let i = 0;
  while (aFrom + i < aTo && bFrom + i < bTo && a.charCodeAt(aFrom + i) === b.charCodeAt(bFrom + i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, aFrom: number, bFrom: number, aTo: number, bTo: number): number {
  let i = 0;
  while (aTo - i > aFrom && bTo - i > bFrom && a.charCodeAt(aTo - 1 - i) === b.charCodeAt(bTo - 1 - i)) i++;
  return i;
}

/** Equal runs between old[oFrom,oTo) and new[nFrom,nTo), by token diff at one granularity. */
function diffRange(
  oldText: string,
  newText: string,
  oFrom: number,
  oTo: number,
  nFrom: number,
  nTo: number,
  level: 'line' | 'token',
  out: EqualRun[],
): void {
  let pre = commonPrefix(oldText, newText, oFrom, nFrom, oTo, nTo);
  // Never split a word: "He" must not be matched to a newly typed "H" before it.
  while (pre > 0 && isWordChar(oldText, oFrom + pre - 1) && (isWordChar(oldText, oFrom + pre) || isWordChar(newText, nFrom + pre))) pre--;
  let suf = commonSuffix(oldText, newText, oFrom + pre, nFrom + pre, oTo, nTo);
  while (suf > 0 && isWordChar(oldText, oTo - suf) && (isWordChar(oldText, oTo - suf - 1) || isWordChar(newText, nTo - suf - 1))) suf--;
  if (pre > 0) out.push({ oldStart: oFrom, newStart: nFrom, length: pre });
  const oa = oFrom + pre;
  const ob = oTo - suf;
  const na = nFrom + pre;
  const nb = nTo - suf;
  if (oa < ob && na < nb) diffMiddle(oldText, newText, oa, ob, na, nb, level, out);
  if (suf > 0) out.push({ oldStart: ob, newStart: nb, length: suf });
}

function diffMiddle(
  oldText: string,
  newText: string,
  oa: number,
  ob: number,
  na: number,
  nb: number,
  level: 'line' | 'token',
  out: EqualRun[],
): void {
  const intern = new Map<string, number>();
  const pattern = level === 'line' ? LINE : TOKEN;
  const a = tokenize(oldText, oa, ob, pattern, intern);
  const b = tokenize(newText, na, nb, pattern, intern);
  const runs = myersRuns(a.ids, b.ids, level === 'line' ? MAX_LINE_EDITS : MAX_TOKEN_EDITS);
  if (runs === null) {
    if (level === 'line') diffMiddle(oldText, newText, oa, ob, na, nb, 'token', out);
    return;
  }
  if (level === 'token') {
    // Two unrelated paragraphs still share "the" and spaces: such matches are chance, not kept text.
    const kept = runs.reduce((n, r) => n + a.starts[r.a + r.len] - a.starts[r.a], 0);
    if (kept < MIN_KEPT_SHARE * Math.max(ob - oa, nb - na)) return;
  }
  let ai = 0;
  let bi = 0;
  const gap = (aEnd: number, bEnd: number) => {
    if (level !== 'line' || ai === aEnd || bi === bEnd) return;
    // Changed paragraphs are compared word by word only with the paragraph they most resemble.
    const olds = spans(a.starts, ai, aEnd);
    const news = spans(b.starts, bi, bEnd);
    for (const [i, j] of pairParagraphs(oldText, newText, olds, news)) {
      diffRange(oldText, newText, olds[i].start, olds[i].end, news[j].start, news[j].end, 'token', out);
    }
  };
  for (const r of runs) {
    gap(r.a, r.b);
    const oStart = a.starts[r.a];
    out.push({ oldStart: oStart, newStart: b.starts[r.b], length: a.starts[r.a + r.len] - oStart });
    ai = r.a + r.len;
    bi = r.b + r.len;
  }
  gap(a.ids.length, b.ids.length);
}

function spans(starts: Int32Array, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = from; i < to; i++) out.push({ start: starts[i], end: starts[i + 1] });
  return out;
}

/** Paragraphs sharing less than this share of their words are not versions of each other. */
const MIN_PARAGRAPH_LIKENESS = 0.5;
/** Above this many paragraph pairs, pair by position (checked for likeness) instead of by alignment. */
const MAX_ALIGNED_PAIRS = 200_000;

function wordSet(text: string, span: { start: number; end: number }): Set<string> {
  return new Set(text.slice(span.start, span.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Pairs changed old paragraphs with changed new ones, in order, maximising
 * likeness (word-set Jaccard); paragraphs left unpaired were inserted, removed
 * or rewritten. Pairing by position alone would match a paragraph with its
 * neighbour wherever one was moved.
 */
function pairParagraphs(
  oldText: string,
  newText: string,
  olds: { start: number; end: number }[],
  news: { start: number; end: number }[],
): [number, number][] {
  const k = olds.length;
  const m = news.length;
  // One paragraph for one (or a stretch cut by the common text around it): the word diff judges.
  if (k === 1 && m === 1) return [[0, 0]];
  const ow = olds.map((p) => wordSet(oldText, p));
  const nw = news.map((p) => wordSet(newText, p));
  if (k * m > MAX_ALIGNED_PAIRS) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.min(k, m); i++) if (likeness(ow[i], nw[i]) >= MIN_PARAGRAPH_LIKENESS) pairs.push([i, i]);
    return pairs;
  }
  const best = new Float64Array((k + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= k; i++) {
    for (let j = 1; j <= m; j++) {
      const like = likeness(ow[i - 1], nw[j - 1]);
      const diagonal = like >= MIN_PARAGRAPH_LIKENESS ? best[at(i - 1, j - 1)] + like : -1;
      best[at(i, j)] = Math.max(best[at(i - 1, j)], best[at(i, j - 1)], diagonal);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = k, j = m; i > 0 && j > 0; ) {
    if (best[at(i, j)] === best[at(i - 1, j)]) i--;
    else if (best[at(i, j)] === best[at(i, j - 1)]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** The outcome of diffing two versions of a text, with offset mapping. */
export class TextDiff {
  /** Sorted, non-overlapping, increasing in both old and new offsets. */
  readonly runs: readonly EqualRun[];
  readonly oldLength: number;
  readonly newLength: number;

  constructor(oldText: string, newText: string) {
    const out: EqualRun[] = [];
    diffRange(oldText, newText, 0, oldText.length, 0, newText.length, 'line', out);
    this.runs = mergeAdjacent(out);
    this.oldLength = oldText.length;
    this.newLength = newText.length;
  }

  /** Index of the last run with oldStart <= pos, or -1. */
  private runAtOld(pos: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].oldStart <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private runAtNew(pos: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid].newStart <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * Where a span starting at old offset `pos` starts now: inside unchanged text
   * by arithmetic; at the very start of a changed stretch, at the start of what
   * replaced it; strictly inside a changed stretch, null.
   */
  mapStart(pos: number): number | null {
    const i = this.runAtOld(pos);
    if (i < 0) return pos === 0 ? 0 : null;
    const r = this.runs[i];
    return pos <= r.oldStart + r.length ? r.newStart + (pos - r.oldStart) : null;
  }

  /** Where a span ending at old offset `pos` ends now (mirror of mapStart). */
  mapEnd(pos: number): number | null {
    let i = this.runAtOld(pos);
    // Text inserted right where a span ends stays outside it.
    if (i > 0 && this.runs[i].oldStart === pos && this.runs[i - 1].oldStart + this.runs[i - 1].length === pos) i--;
    if (i >= 0) {
      const r = this.runs[i];
      // pos === oldStart: the end of a changed stretch just before this run.
      if (pos <= r.oldStart + r.length) return r.newStart + (pos - r.oldStart);
    }
    return pos === this.oldLength ? this.newLength : null;
  }

  /** Best guess of where an old offset lies now, even inside a changed stretch. */
  approximate(pos: number): number {
    const i = this.runAtOld(pos);
    if (i < 0) return Math.min(pos, this.newLength);
    const r = this.runs[i];
    return r.newStart + Math.min(pos - r.oldStart, r.length);
  }

  /**
   * The share of a new span made of unchanged old text lying outside `own` (an
   * old span). A candidate mostly made of such text is another, pre-existing
   * passage, whatever was edited inside it: never a new place for `own`'s claim.
   */
  foreignShare(start: number, end: number, own: { start: number; end: number }): number {
    if (end <= start) return 0;
    let foreign = 0;
    for (let i = Math.max(0, this.runAtNew(start)); i < this.runs.length; i++) {
      const r = this.runs[i];
      if (r.newStart >= end) break;
      const from = Math.max(start, r.newStart);
      const to = Math.min(end, r.newStart + r.length);
      if (to <= from) continue;
      const oldFrom = r.oldStart + (from - r.newStart);
      const oldTo = r.oldStart + (to - r.newStart);
      const ownPart = Math.max(0, Math.min(oldTo, own.end) - Math.max(oldFrom, own.start));
      foreign += to - from - ownPart;
    }
    return foreign / (end - start);
  }

  /** The stretches of the new text that are not unchanged old text. */
  changedNewRegions(): { start: number; end: number }[] {
    const regions: { start: number; end: number }[] = [];
    let at = 0;
    for (const r of this.runs) {
      if (r.newStart > at) regions.push({ start: at, end: r.newStart });
      at = r.newStart + r.length;
    }
    if (at < this.newLength) regions.push({ start: at, end: this.newLength });
    return regions;
  }
}

function mergeAdjacent(runs: EqualRun[]): EqualRun[] {
  const merged: EqualRun[] = [];
  for (const r of runs) {
    if (r.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.oldStart + last.length === r.oldStart && last.newStart + last.length === r.newStart) {
      last.length += r.length;
    } else merged.push({ ...r });
  }
  return merged;
}
