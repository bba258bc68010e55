// Rebuilds paragraphs from a PDF's positioned text runs: runs on one baseline
// form a line; a new paragraph starts at a wider vertical gap, an indented
// first line after a finished sentence, or a change of font size (a heading).
// A word hyphenated at a line end is joined again.
import type { ArticleBlock } from '../model';
import type { PdfTextItemLike } from './pdf-types';

export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  endsLine: boolean;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

export function toRuns(items: readonly unknown[]): PdfRun[] {
  const runs: PdfRun[] = [];
  for (const raw of items) {
    const item = raw as PdfTextItemLike;
    if (typeof item?.str !== 'string' || !Array.isArray(item.transform)) continue;
    const [a, b, c, d, x, y] = item.transform;
    if (![a, b, c, d, x, y].every(finite)) continue;
    const size = (finite(item.height) && item.height > 0 ? item.height : Math.hypot(c, d)) || 1;
    runs.push({ text: item.str, x, y, width: finite(item.width) ? item.width : 0, size, endsLine: item.hasEOL === true });
  }
  return runs;
}

export function runsToLines(runs: readonly PdfRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { end: number; brokenAfter: boolean }) | null = null;
  for (const run of runs) {
    const sameLine = current && !current.brokenAfter && Math.abs(run.y - current.y) <= Math.max(run.size, current.size) * 0.5;
    if (current && sameLine) {
      const gap = run.x - current.end;
      const needsSpace = gap > current.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (needsSpace ? ' ' : '') + run.text;
      current.end = run.x + run.width;
      current.size = Math.max(current.size, run.size);
      current.brokenAfter = run.endsLine;
      continue;
    }
    if (current) lines.push(current);
    current = { text: run.text, x: run.x, y: run.y, size: run.size, end: run.x + run.width, brokenAfter: run.endsLine };
  }
  if (current) lines.push(current);
  return lines
    .map(({ text, x, y, size }) => ({ text: text.replace(/\s+/g, ' ').trim(), x, y, size }))
    .filter((l) => l.text.length > 0);
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor((sorted.length - 1) * q)];
}
const median = (values: number[]) => quantile(values, 0.5);

const SENTENCE_END = /[.!?:…]["”’»)]?$/;

function joinLines(previous: string, next: string): string {
  // "infor-" + "mation" => "information"; "well-" + "Known" keeps its hyphen.
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return previous + ' ' + next;
}

/** Paragraph and heading blocks from the lines of every page, in reading order. */
export function linesToBlocks(pages: readonly PdfLine[][]): ArticleBlock[] {
  const all = pages.flat();
  const bodySize = median(all.map((l) => l.size)) || 1;
  const leftEdge = median(all.map((l) => l.x));
  const blocks: ArticleBlock[] = [];
  let text = '';
  let heading = false;
  const flush = () => {
    if (text) blocks.push(heading ? { type: 'heading', level: 2, text } : { type: 'paragraph', text });
    text = '';
  };
  for (const lines of pages) {
    // The usual baseline-to-baseline distance of body lines: the lower quartile,
    // because paragraph gaps are the larger ones and may be many.
    const isBody = (l: PdfLine) => l.size < bodySize * 1.3;
    const bodyGaps = lines.slice(1).flatMap((l, i) => (isBody(l) && isBody(lines[i]) && lines[i].y > l.y ? [lines[i].y - l.y] : []));
    const spacing = quantile(bodyGaps, 0.25) || bodySize * 1.2;
    lines.forEach((line, i) => {
      const isHeading = !isBody(line) && line.text.length <= 200;
      const prev = i > 0 ? lines[i - 1] : null;
      const gap = prev ? prev.y - line.y : 0;
      const newParagraph =
        !text ||
        isHeading !== heading ||
        (prev !== null && (gap > spacing * 1.45 || gap < 0)) ||
        (line.x > leftEdge + bodySize * 1.5 && SENTENCE_END.test(text)) ||
        (prev === null && SENTENCE_END.test(text));
      if (newParagraph) {
        flush();
        heading = isHeading;
        text = line.text;
      } else {
        text = joinLines(text, line.text);
      }
    });
  }
  flush();
  return blocks;
}
