import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('cuts at every boundary of overlapping and nested spans, outermost first', () => {
    const spans = [
      { start: 2, end: 8, item: 'outer' },
      { start: 4, end: 6, item: 'inner' },
      { start: 7, end: 12, item: 'overlap' },
    ];
    const segs = highlightSegments(spans, 0, 14).map((s) => [s.start, s.end, s.covering.join('+'), s.starting.join('+')]);
    expect(segs).toEqual([
      [0, 2, '', ''],
      [2, 4, 'outer', 'outer'],
      [4, 6, 'outer+inner', 'inner'],
      [6, 7, 'outer', ''],
      [7, 8, 'outer+overlap', 'overlap'],
      [8, 12, 'overlap', ''],
      [12, 14, '', ''],
    ]);
  });

  it('clips spans to the range and starts no marker for a span that began before it', () => {
    const segs = highlightSegments([{ start: 0, end: 15, item: 'x' }], 10, 20);
    expect(segs.map((s) => [s.start, s.end, s.covering, s.starting])).toEqual([
      [10, 15, ['x'], []],
      [15, 20, [], []],
    ]);
  });

  it('tiles the range exactly and lists precisely the spans over each segment', () => {
    const spansArb = fc
      .array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 8 })
      .map((pairs) => pairs.map(([a, b], item) => ({ start: Math.min(a, b), end: Math.max(a, b), item })));
    fc.assert(
      fc.property(spansArb, fc.nat(30), fc.nat(30), (spans, x, y) => {
        const [from, to] = [Math.min(x, y + 31), Math.max(x, y + 31)];
        const segs = highlightSegments(spans, from, to);
        expect(segs[0].start).toBe(from);
        expect(segs[segs.length - 1].end).toBe(to);
        for (let i = 0; i < segs.length; i++) {
          if (i > 0) expect(segs[i].start).toBe(segs[i - 1].end);
          const inside = spans.filter((s) => s.start <= segs[i].start && s.end >= segs[i].end && s.start < s.end).map((s) => s.item);
          expect([...segs[i].covering].sort((a, b) => a - b)).toEqual(inside.sort((a, b) => a - b));
        }
      }),
    );
  });
});
