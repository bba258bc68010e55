import { describe, expect, it } from 'vitest';
import { columnsInView } from './use-visible-columns';

describe('columnsInView', () => {
  it('draws the columns a view shows, with some either side, past the leading columns', () => {
    // 500 columns of 100 px after 600 px of leading columns, in a view 1,000 px wide.
    expect(columnsInView(0, 1000, 500, 100, 600, 2)).toEqual({ first: 0, last: 12 });
    expect(columnsInView(600 + 100 * 250, 1000, 500, 100, 600, 2)).toEqual({ first: 248, last: 262 });
    // Scrolled to the end: the last columns, never past them.
    expect(columnsInView(600 + 100 * 500 - 1000, 1000, 500, 100, 600, 2)).toEqual({ first: 488, last: 500 });
  });

  it('draws every column of a small case', () => {
    expect(columnsInView(0, 1400, 3, 100, 600, 2)).toEqual({ first: 0, last: 3 });
  });
});
