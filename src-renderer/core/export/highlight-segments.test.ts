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
});
