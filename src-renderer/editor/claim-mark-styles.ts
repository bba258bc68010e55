// Paints claim highlights: each <mark> the editor renders gets its claim ids
// as a data attribute and the colour of its verdict. Overlapping claims show
// the inner claim's colour with the outer one as an underline.

export type ColorOf = (claimId: string) => string;

/** `#rrggbb` to a translucent fill that keeps text readable in light and dark themes. */
export function fillColor(hex: string, alpha = 0.32): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}

export function paintMark(el: HTMLElement, ids: readonly string[], colorOf: ColorOf, selectedId: string | null): void {
  el.dataset.claims = ids.join(' ');
  const inner = ids[ids.length - 1];
  const outer = ids[0];
  el.style.backgroundColor = fillColor(colorOf(inner));
  el.style.boxShadow = ids.length > 1 ? `inset 0 -3px 0 ${colorOf(outer)}` : `inset 0 -2px 0 ${fillColor(colorOf(inner), 0.9)}`;
  el.classList.toggle('fm-mark-overlap', ids.length > 1);
  el.classList.toggle('fm-mark-selected', selectedId !== null && ids.includes(selectedId));
  el.title = ids.length > 1 ? `${ids.length} overlapping claims — click to choose` : 'Claim — click to open';
}
