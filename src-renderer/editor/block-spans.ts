// Which claim spans each block of the open article shows, kept from one
// `showSpans` to the next. Marking a claim changes one span of thousands, so
// the editor rebuilds only the blocks that span touches, and finding them
// does not regroup every claim of a long article.
import type { ArticleBlock } from '../core/model';
import { blockOffsets } from '../core/article-text';
import { spansByBlock, spansSignature, type ClaimSpan } from './claim-spans';

export class BlockSpans {
  private readonly offsets: number[];
  private byId: Map<string, ClaimSpan>;
  private perBlock: ClaimSpan[][];

  constructor(
    /** The article's blocks these spans are grouped for. */
    readonly blocks: readonly ArticleBlock[],
    spans: readonly ClaimSpan[],
  ) {
    this.offsets = blockOffsets(blocks);
    this.byId = new Map(spans.map((s) => [s.id, s]));
    this.perBlock = spansByBlock(blocks, spans);
  }

  /** The block-relative spans of block `i`. */
  of(i: number): ClaimSpan[] {
    return this.perBlock[i];
  }

  /** Takes the spans now shown; returns the blocks whose spans changed, in order. */
  update(next: readonly ClaimSpan[]): number[] {
    // Thousands of spans, of which a mark changes one: the lookup is kept up to date in place
    // (no new map of every span on each mark), and a set of the next ids is made only when some went.
    const moved: ClaimSpan[] = [];
    const before = this.byId.size;
    let kept = 0;
    for (const s of next) {
      const was = this.byId.get(s.id);
      if (was) kept++;
      if (was && was.start === s.start && was.end === s.end) continue;
      moved.push(s);
      if (was) moved.push(was);
      this.byId.set(s.id, s);
    }
    if (kept < before) {
      const present = new Set(next.map((s) => s.id));
      for (const [id, was] of this.byId) {
        if (present.has(id)) continue;
        moved.push(was);
        this.byId.delete(id);
      }
    }
    if (moved.length === 0) return [];

    const touched = new Set<number>();
    for (const s of moved) for (const i of this.blocksUnder(s)) touched.add(i);
    if (touched.size === 0) return [];
    // A touched block's contents depend only on the spans over it: regroup the spans
    // over the stretch of text from the first touched block to the last (in `next`'s order).
    const order = [...touched].sort((a, b) => a - b);
    const from = this.offsets[order[0]];
    const last = order[order.length - 1];
    const to = this.offsets[last] + this.blocks[last].text.length;
    const fresh = spansByBlock(this.blocks, next.filter((s) => s.start < to && s.end > from));
    const changed: number[] = [];
    for (const i of order) {
      if (spansSignature(fresh[i]) === spansSignature(this.perBlock[i])) continue;
      this.perBlock[i] = fresh[i];
      changed.push(i);
    }
    return changed;
  }

  /** Indices of the blocks a span of the article's text overlaps (as spansByBlock cuts it). */
  private *blocksUnder(s: ClaimSpan): Generator<number> {
    let lo = 0;
    let hi = this.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 1); i < this.blocks.length && this.offsets[i] < s.end; i++) {
      const blockEnd = this.offsets[i] + this.blocks[i].text.length;
      if (Math.min(s.end, blockEnd) > Math.max(s.start, this.offsets[i])) yield i;
    }
  }
}
