// The rows in view of a long table of equal rows, and where to scroll to show one.
import { describe, expect, it } from 'vitest';
import { rowsInView, scrollTopFor } from './use-fixed-rows';

describe('rowsInView', () => {
  it('takes the rows the view shows, with the overscan either side, within the count', () => {
    expect(rowsInView(0, 440, 20_000, 44, 3)).toEqual({ first: 0, last: 13 });
    expect(rowsInView(44 * 1000 + 10, 440, 20_000, 44, 3)).toEqual({ first: 997, last: 1014 });
    expect(rowsInView(44 * 19_990, 440, 20_000, 44, 3)).toEqual({ first: 19_987, last: 20_000 });
    expect(rowsInView(0, 440, 0, 44, 3)).toEqual({ first: 0, last: 0 });
  });

  it('shows the last rows while the offset is past an end that just moved up', () => {
    // Scrolled far down, then a search left 30 rows of 64 px.
    expect(rowsInView(44 * 5000, 640, 30, 64, 3)).toEqual({ first: 17, last: 30 });
  });
});

describe('scrollTopFor', () => {
  it('scrolls only as far as needed to show a row, or not at all when it is in view', () => {
    expect(scrollTopFor(5, 'auto', 0, 440, 44)).toBe(0);
    expect(scrollTopFor(10, 'auto', 0, 440, 44)).toBe(44);
    expect(scrollTopFor(2, 'auto', 440, 440, 44)).toBe(88);
  });

  it('puts a row in the middle of the view, never above the top', () => {
    expect(scrollTopFor(100, 'center', 0, 440, 44)).toBe(100 * 44 - 198);
    expect(scrollTopFor(1, 'center', 0, 440, 44)).toBe(0);
  });
});
