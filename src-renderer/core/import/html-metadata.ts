// Reads an HTML page's own description of itself: JSON-LD NewsArticle/Article
// first (publishers fill it for search engines), then Open Graph and article:
// meta tags, name=author, link rel=canonical, <html lang> and <title>.
// Only attribute values and JSON are read; nothing from the page is executed.
import type { DraftMetadata } from './types';
import { type DomDocument, type DomElement } from './dom-types';
import { normaliseDate } from './dates';
import { cleanInline } from './clean-text';

type Json = unknown;

const ARTICLE_TYPE = /(?:^|[/#:])(?:\w*Article|BlogPosting|Report)$/;

function asRecord(value: Json): Record<string, Json> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD value, through arrays and @graph. */
function* jsonLdNodes(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) yield* jsonLdNodes(v, depth + 1);
    return;
  }
  const node = asRecord(value);
  if (!node) return;
  yield node;
  if (node['@graph']) yield* jsonLdNodes(node['@graph'], depth + 1);
}

/** A name from a string, a {name} object or a list of either. */
function nameOf(value: Json): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  const record = asRecord(value);
  return record && typeof record.name === 'string' ? record.name : '';
}

function stringOf(value: Json): string {
  if (typeof value === 'string') return value;
  const record = asRecord(value);
  return record && typeof record['@id'] === 'string' ? record['@id'] : '';
}

function readJsonLd(doc: DomDocument): DraftMetadata {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(parsed)) {
      if (!typesOf(node).some((t) => ARTICLE_TYPE.test(t))) continue;
      return {
        title: nameOf(node.headline) || nameOf(node.name),
        author: nameOf(node.author),
        outlet: nameOf(node.publisher),
        publishedDate: normaliseDate(stringOf(node.datePublished) || stringOf(node.dateCreated)),
        url: stringOf(node.url) || stringOf(node.mainEntityOfPage),
        language: nameOf(node.inLanguage),
      };
    }
  }
  return {};
}

function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content');
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

function first(map: Map<string, string>, keys: readonly string[], accept: (v: string) => boolean = () => true): string {
  for (const k of keys) {
    const v = map.get(k);
    if (v && accept(v)) return v;
  }
  return '';
}

function attributeOf(doc: DomDocument, selector: string, name: string): string {
  const el: DomElement | undefined = doc.querySelectorAll(selector)[0];
  return el?.getAttribute(name) ?? '';
}

const notUrl = (v: string) => !/^https?:/i.test(v);

function readMetaTags(doc: DomDocument): DraftMetadata {
  const meta = metaMap(doc);
  return {
    title: first(meta, ['og:title', 'twitter:title', 'dc.title', 'headline']) || doc.title,
    author: first(meta, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'], notUrl).replace(/^by\s+/i, ''),
    outlet: first(meta, ['og:site_name', 'application-name', 'publisher']),
    publishedDate: normaliseDate(
      first(meta, ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created', 'sailthru.date', 'date']) ||
        attributeOf(doc, 'time[pubdate]', 'datetime'),
    ),
    url: attributeOf(doc, 'link[rel~="canonical"]', 'href') || first(meta, ['og:url']),
    language:
      doc.documentElement?.getAttribute('lang') || first(meta, ['content-language', 'dc.language']) || first(meta, ['og:locale']).replace('_', '-'),
  };
}

function safeUrl(raw: string): string {
  const url = cleanInline(raw);
  return /^https?:\/\/[^\s<>"]+$/i.test(url) ? url : '';
}

function safeLanguage(raw: string): string {
  const lang = cleanInline(raw);
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : '';
}

/** Drops a trailing " | Outlet" or " - Outlet" that <title> and og:title often carry. */
function withoutOutletSuffix(title: string, outlet: string): string {
  if (!outlet) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = sep + outlet;
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}

export function readHtmlMetadata(doc: DomDocument): DraftMetadata {
  const fromJsonLd = readJsonLd(doc);
  const fromMeta = readMetaTags(doc);
  const pick = (key: keyof DraftMetadata) => cleanInline(fromJsonLd[key] || fromMeta[key] || '');
  const outlet = pick('outlet');
  return {
    title: withoutOutletSuffix(pick('title'), outlet),
    author: pick('author'),
    outlet,
    publishedDate: pick('publishedDate'),
    url: safeUrl(fromJsonLd.url || '') || safeUrl(fromMeta.url || ''),
    language: safeLanguage(fromJsonLd.language || '') || safeLanguage(fromMeta.language || ''),
  };
}
