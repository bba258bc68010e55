// Splits an article's blocks into runs of text covered by the same set of
// claims. Overlapping and nested claims become runs with several claim ids,
// which the editor renders as one MarkNode carrying all of them.
import type { ArticleBlock } from '../core/model';
import { blockOffsets } from '../core/article-text';

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextRun {
  text: string;
  /** Claim ids covering the run, in the order the claims start. */
  claimIds: string[];
}

/** The claims touching each block, as block-relative spans. */
export function spansByBlock(blocks: readonly ArticleBlock[], spans: readonly ClaimSpan[]): ClaimSpan[][] {
  const offsets = blockOffsets(blocks);
  const out: ClaimSpan[][] = blocks.map(() => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    for (let i = upperBound(offsets, s.start) - 1; i < blocks.length; i++) {
      if (i < 0) continue;
      const blockStart = offsets[i];
      const blockEnd = blockStart + blocks[i].text.length;
      if (blockStart >= s.end) break;
      const start = Math.max(s.start, blockStart) - blockStart;
      const end = Math.min(s.end, blockEnd) - blockStart;
      if (end > start) out[i].push({ id: s.id, start, end });
    }
  }
  return out;
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cuts a block's text at every claim boundary. */
export function textRuns(text: string, spans: readonly ClaimSpan[]): TextRun[] {
  if (spans.length === 0) return text ? [{ text, claimIds: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    if (to <= from) continue;
    const claimIds = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    runs.push({ text: text.slice(from, to), claimIds });
  }
  return runs;
}

/** A stable signature of a block's spans, to rebuild only blocks that changed. */
export function spansSignature(spans: readonly ClaimSpan[]): string {
  return spans.map((s) => `${s.id}:${s.start}-${s.end}`).join('|');
}
