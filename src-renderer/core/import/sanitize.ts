// The one sanitising policy for imported HTML, applied through an injected
// DOMPurify instance (over the browser window in the app, a jsdom window under
// Node). Only text-structure elements survive: no scripts, styles, frames,
// forms, media, SVG/MathML, links' targets or inline styles. The result is the
// body of DOMPurify's own inert document, read as a tree (never serialised and
// parsed again, which is also where mutation XSS would live).
import { type DomElement, isElement } from './dom-types';
import type { HtmlSanitizer } from './types';

/** The part of DOMPurify's API used here. */
export interface DomPurifyLike {
  readonly isSupported: boolean;
  sanitize(dirty: string, config: Record<string, unknown>): unknown;
}

const TEXT_STRUCTURE_TAGS = [
  'html', 'head', 'body', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'div', 'span',
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'pre', 'code', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'del', 'ins', 'kbd',
  'samp', 'var', 'wbr', 'font', 'center', 'hgroup',
];

export const IMPORT_SANITIZE_CONFIG: Readonly<Record<string, unknown>> = Object.freeze({
  ALLOWED_TAGS: TEXT_STRUCTURE_TAGS,
  // class and id let Readability tell the article from menus and adverts.
  ALLOWED_ATTR: ['class', 'id', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Removed together with their text: controls, embedded objects and raw-text elements.
  ADD_FORBID_CONTENTS: ['form', 'button', 'select', 'option', 'textarea', 'object', 'embed', 'applet', 'canvas', 'map', 'dialog', 'noscript', 'iframe', 'frameset', 'svg', 'math'],
  RETURN_DOM: true,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
});

/** Wraps a DOMPurify instance; refuses one that cannot sanitise (it would pass HTML through unchanged). */
export function createHtmlSanitizer(purify: DomPurifyLike): HtmlSanitizer {
  if (!purify.isSupported) throw new Error('DOMPurify is not supported by this window: HTML cannot be imported safely.');
  return (html) => {
    const clean = purify.sanitize(html, { ...IMPORT_SANITIZE_CONFIG }) as DomElement | null;
    if (!clean || typeof clean !== 'object' || !isElement(clean)) throw new Error('DOMPurify returned no tree: HTML cannot be imported safely.');
    return clean;
  };
}
