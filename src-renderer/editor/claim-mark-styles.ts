// Paints claim highlights: each <mark> the editor renders gets its claim ids
// as a data attribute and the colour of its verdict. Overlapping claims show
// the inner claim's colour with the outer one as an underline.

export type ColorOf = (claimId: string) => string;

// A scale has a handful of colours and an article thousands of marks: convert each colour once.
const fills = new Map<string, string>();

/** `#rrggbb` to a translucent fill that keeps text readable in light and dark themes. */
export function fillColor(hex: string, alpha = 0.32): string {
  const key = `${hex}/${alpha}`;
  let fill = fills.get(key);
  if (fill === undefined) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    fill = m ? `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})` : hex;
    fills.set(key, fill);
  }
  return fill;
}

// Verdict colours as classes of one constructed stylesheet: a mark then costs
// a class change, not inline styles the browser parses for each of thousands
// of marks. Where constructed stylesheets are missing (test DOMs), marks get
// inline styles instead.
const sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && typeof document !== 'undefined' && 'adoptedStyleSheets' in document ? new CSSStyleSheet() : null;
const colourClasses = new Map<string, string>();

/** Colours come from the case's rating scale, which an opened case file can set to anything. */
const SAFE_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const NEUTRAL = '#9e9e9e';

/** The colour if it is a plain hex colour, else a neutral grey: nothing else reaches a style rule. */
export function safeColour(colour: string): string {
  return SAFE_COLOUR.test(colour) ? colour : NEUTRAL;
}

function colourClass(hex: string, kind: 'fill' | 'under'): string {
  const key = `${kind}:${hex}`;
  let name = colourClasses.get(key);
  if (name) return name;
  name = `fm-${kind}-${colourClasses.size}`;
  // The underline rule names both classes, so it wins over a fill's own underline on overlaps.
  const rule = kind === 'fill' ? `.${name} { background-color: ${fillColor(hex)}; box-shadow: inset 0 -2px 0 ${fillColor(hex, 0.9)}; }` : `.${name}.fm-mark-overlap { box-shadow: inset 0 -3px 0 ${hex}; }`;
  sheet!.insertRule(rule, sheet!.cssRules.length);
  if (!document.adoptedStyleSheets.includes(sheet!)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet!];
  colourClasses.set(key, name);
  return name;
}

// What each mark was last painted with: repainting all marks when one claim
// changes must not write (and restyle) the thousands that look the same.
const painted = new WeakMap<HTMLElement, { signature: string; classes: string[] }>();

export function paintMark(el: HTMLElement, ids: readonly string[], colorOf: ColorOf, selectedId: string | null): void {
  const inner = ids[ids.length - 1];
  const outer = ids[0];
  const selected = selectedId !== null && ids.includes(selectedId);
  const innerColor = safeColour(colorOf(inner));
  const outerColor = ids.length > 1 ? safeColour(colorOf(outer)) : '';
  const signature = `${ids.join(' ')}|${innerColor}|${outerColor}|${selected}`;
  const before = painted.get(el);
  if (before?.signature === signature) return;
  el.dataset.claims = ids.join(' ');
  let classes: string[] = [];
  if (sheet) {
    classes = [colourClass(innerColor, 'fill'), ...(outerColor ? [colourClass(outerColor, 'under')] : [])];
    el.classList.remove(...(before?.classes ?? []));
    el.classList.add(...classes);
  } else {
    el.style.backgroundColor = fillColor(innerColor);
    el.style.boxShadow = ids.length > 1 ? `inset 0 -3px 0 ${outerColor}` : `inset 0 -2px 0 ${fillColor(innerColor, 0.9)}`;
  }
  painted.set(el, { signature, classes });
  el.classList.toggle('fm-mark-overlap', ids.length > 1);
  el.classList.toggle('fm-mark-selected', selected);
  el.title = ids.length > 1 ? `${ids.length} overlapping claims — click to choose` : 'Claim — click to open';
}
