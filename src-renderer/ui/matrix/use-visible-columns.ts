// Which article columns of the Matrix are in view, from the horizontal scroll
// offset alone (every article column has the same width): a case of hundreds
// of articles draws the cells of a dozen columns, not of hundreds. Laying out
// 20 rows × 500 columns of cells took the browser a second or more.
import { useLayoutEffect, useState } from 'react';
import { rowsInView } from '../claims/use-fixed-rows';
import { followScrollAndSize } from '../shared/follow-scroll';

/**
 * The columns to draw, from `first` up to, not including, `last` (with
 * `overscan` more either side): `count` columns `columnPx` wide that start
 * `leadingPx` into a view scrolled to `left` and `width` wide.
 */
export function columnsInView(left: number, width: number, count: number, columnPx: number, leadingPx: number, overscan: number): { first: number; last: number } {
  // Equal-width columns are placed like equal-height rows.
  return rowsInView(Math.max(0, left - leadingPx), width, count, columnPx, overscan);
}

/** `el`: the scrolling element, once mounted (a state set by its ref, so a later mount is followed too). */
export function useVisibleColumns(el: HTMLElement | null, count: number, columnRem: number, leadingRem: number, overscan: number): { first: number; last: number } {
  // Until the view is measured, the window's width stands in: the first paint shows the columns it will show.
  const [view, setView] = useState(() => ({ left: 0, width: window.innerWidth }));
  const [remPx, setRemPx] = useState(16);
  useLayoutEffect(() => {
    if (!el) return;
    setRemPx(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    return followScrollAndSize(el, () => setView((v) => (v.left === el.scrollLeft && v.width === el.clientWidth ? v : { left: el.scrollLeft, width: el.clientWidth })));
  }, [el]);
  return columnsInView(view.left, view.width, count, columnRem * remPx, leadingRem * remPx, overscan);
}
