// Prepares a parsed page for Readability so that it picks the same article as
// it did from a sanitised copy of the page (which kept only class and id): the
// title is the one read from the page's metadata, and the attributes it would
// use to drop hidden text or the whole page are removed.
import type { DomDocument, DomElement, DomWritableElement } from './dom-types';

function removeAttributes(el: DomWritableElement | null): void {
  for (const { name } of Array.from(el?.attributes ?? [])) el?.removeAttribute(name);
}

// What Readability reads to drop hidden nodes, dialogs and menus. Without them
// it keeps what a page hides until a script shows it, such as the collapsed
// second half of an article.
const VISIBILITY_ATTRIBUTES = ['style', 'hidden', 'aria-hidden', 'aria-modal', 'role'];

function removeVisibilityAttributes(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(VISIBILITY_ATTRIBUTES.map((a) => `[${a}]`).join(', ')))) {
    for (const name of VISIBILITY_ATTRIBUTES) el.removeAttribute(name);
  }
}

// Readability's own byline test: class or id words, or rel or itemprop "author".
const BYLINE = /byline|author|dateline|writtenby|p-author/i;

function isByline(el: DomElement): boolean {
  return (
    el.getAttribute('rel') === 'author' ||
    (el.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)
  );
}

/**
 * Drops the first byline from the page as Readability would, but tests class and
 * id before reading text: Readability reads the whole text under every element
 * until it finds one, which costs more than the rest of the import on pages
 * without a byline. A meta author then tells Readability the byline is known.
 */
function dropByline(doc: DomDocument): void {
  let byline = '';
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [rel], [itemprop]'))) {
    const text = isByline(el) ? (el.textContent ?? '').trim() : '';
    if (text.length > 0 && text.length < 100) {
      byline = text;
      el.remove();
      break;
    }
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('name', 'author');
  // Readability wants a value; it is never read back.
  meta.setAttribute('content', byline || 'none');
  doc.head?.append(meta);
}

/**
 * Replaces the page's head and meta tags by `title`: Readability then drops the
 * headline's repeat at the top of the body, and the byline goes from the body
 * even when the head names an author. The attributes of <html> and <body> go
 * too: Readability drops the whole page for a class such as "sidebar-visible" there.
 */
export function prepareForReadability(doc: DomDocument, title: string): void {
  for (const el of Array.from(doc.querySelectorAll('head > *, meta'))) el.remove();
  removeAttributes(doc.documentElement);
  removeAttributes(doc.body);
  removeVisibilityAttributes(doc);
  doc.title = title;
  dropByline(doc);
}
