import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSeedArticle } from '../core/seed-format';
import { blockOffsets } from '../core/article-text';
import { BlockSpans } from './block-spans';
import { spansByBlock, type ClaimSpan } from './claim-spans';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/seeds/000_9044352e4e2fc21f.txt'), 'utf8');
const { blocks } = parseSeedArticle(seed);
const offsets = blockOffsets(blocks);
const length = offsets[offsets.length - 1] + blocks[blocks.length - 1].text.length;

describe('BlockSpans', () => {
  const first: ClaimSpan = { id: 'a', start: offsets[1] + 2, end: offsets[1] + 30 };
  const second: ClaimSpan = { id: 'b', start: offsets[3], end: offsets[3] + 10 };

  it('reports no block when the spans are the same, in any order', () => {
    const spans = new BlockSpans(blocks, [first, second]);
    expect(spans.update([second, { ...first }])).toEqual([]);
  });

  it('reports only the block a new claim lies in, and that block then shows it', () => {
    const spans = new BlockSpans(blocks, [first, second]);
    const added: ClaimSpan = { id: 'c', start: offsets[5] + 1, end: offsets[5] + 8 };
    expect(spans.update([first, second, added])).toEqual([5]);
    expect(spans.of(5)).toEqual([{ id: 'c', start: 1, end: 8 }]);
  });

  it('reports both blocks of a claim moved from one to another, and every block a removed claim spanned', () => {
    const across: ClaimSpan = { id: 'x', start: offsets[6] + 5, end: offsets[8] + 3 };
    const spans = new BlockSpans(blocks, [first, second, across]);
    expect(spans.update([{ ...first, start: offsets[2], end: offsets[2] + 4 }, second, across])).toEqual([1, 2]);
    expect(spans.update([second])).toEqual([2, 6, 7, 8]);
  });

  it('always matches grouping every span afresh', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 9 }));
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (steps) => {
        const asSpans = (list: [number, number, number][]) => {
          const byId = new Map(list.map(([start, len, id]) => [`c${id}`, { id: `c${id}`, start, end: Math.min(length, start + len) }]));
          return [...byId.values()];
        };
        const spans = new BlockSpans(blocks, asSpans(steps[0]));
        let shown = spansByBlock(blocks, asSpans(steps[0]));
        for (const step of steps.slice(1)) {
          const next = asSpans(step);
          const fresh = spansByBlock(blocks, next);
          const changed = spans.update(next);
          const expected = fresh.flatMap((b, i) => (JSON.stringify(b) !== JSON.stringify(shown[i]) ? [i] : []));
          expect(changed).toEqual(expected);
          fresh.forEach((b, i) => expect(spans.of(i)).toEqual(b));
          shown = fresh;
        }
      }),
      { numRuns: 200 },
    );
  });
});
