// Which rows of a long list of equal-height rows are in view: their places
// follow from the scroll offset alone, so a table of 20,000 claims renders as
// quickly as one of 20, whatever its count or row height becomes. (A general
// virtualiser keeps a measurement per row and rebuilds all 20,000 whenever a
// search changes the count or the row height: milliseconds and garbage on
// every keystroke's answer.)
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { followScrollAndSize } from '../shared/follow-scroll';

export interface FixedRows {
  /** The rows to render: from `first` up to, not including, `last`. */
  first: number;
  last: number;
  totalHeight: number;
  /** Scrolls `index` into view: only as far as needed ('auto'), or to the middle. */
  scrollToIndex(index: number, align: 'auto' | 'center'): void;
}

/** The rows in view (with `overscan` more either side) of `count` rows of `rowHeight`, scrolled to `top` in a view `height` high. */
export function rowsInView(top: number, height: number, count: number, rowHeight: number, overscan: number): { first: number; last: number } {
  // An offset past the end (the count just shrank) shows the last rows until the browser clamps it.
  const clamped = Math.max(0, Math.min(top, count * rowHeight - height));
  return { first: Math.max(0, Math.floor(clamped / rowHeight) - overscan), last: Math.min(count, Math.ceil((clamped + height) / rowHeight) + overscan) };
}

/** The scroll offset that brings row `index` into a view `height` high now scrolled to `top`: only as far as needed ('auto'), or to its middle. */
export function scrollTopFor(index: number, align: 'auto' | 'center', top: number, height: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  if (align === 'center') return Math.max(0, rowTop - (height - rowHeight) / 2);
  if (rowTop < top) return rowTop;
  if (rowTop + rowHeight > top + height) return rowTop + rowHeight - height;
  return top;
}

export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): FixedRows {
  const [view, setView] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    return followScrollAndSize(el, () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight })));
  }, [scrollRef]);

  const scrollToIndex = useCallback(
    (index: number, align: 'auto' | 'center') => {
      const el = scrollRef.current;
      if (!el) return;
      el.scrollTop = scrollTopFor(index, align, el.scrollTop, el.clientHeight, rowHeight);
      // The rows follow at once, not at the scroll event a frame later.
      setView({ top: el.scrollTop, height: el.clientHeight });
    },
    [scrollRef, rowHeight],
  );

  return { ...rowsInView(view.top, view.height, count, rowHeight, overscan), totalHeight: count * rowHeight, scrollToIndex };
}
