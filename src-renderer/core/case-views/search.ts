// Full-text search over a case: its claims (quote, statement, claimant, notes,
// tags, conclusion) and its articles (title, outlet, text), with prefix and
// fuzzy matching. Each term keeps the set of documents holding it in a hash
// map; the vocabulary alone also lives in MiniSearch's radix tree
// (SearchableMap), whose prefix and fuzzy lookups expand a query word, so
// indexing touches the tree only for words it has not seen. The table needs which claims match, not a ranking, so
// there is no scoring and a search over 20,000 claims stays within a frame.
// The index follows the data incrementally: only documents whose updatedAt
// changed are re-read.
import SearchableMap from 'minisearch/SearchableMap';
import type { Article, Claim } from '../model';

const CLAIM = 'c:';
const ARTICLE = 'a:';
/** Words are runs of letters and digits; everything else separates them. */
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) out.add(m[0]);
  return out;
}

function holdsAny(docs: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const id of docs) if (wanted.has(id)) return true;
  return false;
}

function claimText(c: Claim): string {
  return [c.anchor.quote.exact, c.statement, c.claimant, c.notes, c.tags.join(' '), c.verdict?.conclusion ?? ''].join('\n');
}

function articleText(a: Article): string {
  return [a.title, a.outlet, a.text].join('\n');
}

export interface SearchResult {
  /** Claims matched by their own fields. */
  claims: Set<string>;
  /** Articles matched by their title, outlet or text. */
  articles: Set<string>;
  /** Every matched word, for highlighting: a document's matched words are those of these found in it. */
  terms: string[];
}

export class CaseSearchIndex {
  /** Term → ids of the documents that contain it. */
  private readonly postings = new Map<string, Set<string>>();
  /** The terms of `postings`, for prefix and fuzzy lookups. */
  private readonly vocabulary = new SearchableMap<true>();
  /** Document id → the updatedAt it was indexed at and its terms (to take it out again). */
  private readonly indexed = new Map<string, { version: string; terms: Set<string> }>();

  /** The arrays the index was last brought up to date with, and how far a sliced sync got. */
  private synced: { articles: readonly Article[]; claims: readonly Claim[] } | null = null;
  private pending: { articles: readonly Article[]; claims: readonly Claim[]; cursor: number; present: Set<string> } | null = null;

  /** Brings the index up to date with the case; cost is proportional to what
   *  changed (and nothing when given the same arrays as last time). */
  sync(articles: readonly Article[], claims: readonly Claim[]): void {
    this.syncSome(articles, claims, Infinity);
  }

  /** Like sync, in slices of at most `maxChanges` added or replaced documents, so
   *  a large case can be indexed between other work (the search worker does it between messages). Returns whether the index is complete. */
  syncSome(articles: readonly Article[], claims: readonly Claim[], maxChanges: number): boolean {
    if (this.synced?.articles === articles && this.synced.claims === claims) return true;
    if (this.pending?.articles !== articles || this.pending.claims !== claims) {
      this.pending = { articles, claims, cursor: 0, present: new Set() };
    }
    const p = this.pending;
    const total = articles.length + claims.length;
    let changes = 0;
    for (; p.cursor < total && changes < maxChanges; p.cursor++) {
      const i = p.cursor;
      if (i < articles.length) {
        const a = articles[i];
        if (this.upsert(ARTICLE + a.id, a.updatedAt, () => articleText(a), p.present)) changes++;
      } else {
        const c = claims[i - articles.length];
        if (this.upsert(CLAIM + c.id, c.updatedAt, () => claimText(c), p.present)) changes++;
      }
    }
    if (p.cursor < total) return false;
    for (const id of [...this.indexed.keys()]) if (!p.present.has(id)) this.remove(id);
    this.synced = { articles, claims };
    this.pending = null;
    return true;
  }

  /** Adds or replaces one document unless it is indexed at this version; says whether it did. */
  private upsert(id: string, version: string, text: () => string, present: Set<string>): boolean {
    present.add(id);
    const was = this.indexed.get(id);
    if (was?.version === version) return false;
    if (was) this.remove(id);
    const terms = words(text());
    for (const t of terms) {
      const docs = this.postings.get(t);
      if (docs) docs.add(id);
      else {
        this.postings.set(t, new Set([id]));
        this.vocabulary.set(t, true);
      }
    }
    this.indexed.set(id, { version, terms });
    return true;
  }

  private remove(id: string): void {
    for (const t of this.indexed.get(id)?.terms ?? []) {
      const docs = this.postings.get(t);
      docs?.delete(id);
      if (docs?.size === 0) {
        this.postings.delete(t);
        this.vocabulary.delete(t);
      }
    }
    this.indexed.delete(id);
  }

  get size(): number {
    return this.indexed.size;
  }

  /** Documents holding every word of the query, each word matched exactly, as a
   *  prefix (3+ letters) or within 20% edits (4+ letters). */
  search(query: string): SearchResult {
    const result: SearchResult = { claims: new Set(), articles: new Set(), terms: [] };
    const wanted = [...words(query)];
    if (wanted.length === 0) return result;
    // Per query word: the matching index terms, and the documents holding any of them.
    const perWord = wanted.map((w) => this.expand(w));
    perWord.sort((a, b) => a.docs.size - b.docs.size);
    const [fewest, ...others] = perWord;
    const matched = others.length === 0 ? fewest.docs : new Set([...fewest.docs].filter((id) => others.every((p) => p.docs.has(id))));
    // A term was matched when a matched document holds it (with one query word, every document holding it matched).
    const terms = new Set<string>();
    for (const p of perWord) {
      for (const t of p.terms) {
        if (others.length === 0) terms.add(t);
        else if (holdsAny(this.postings.get(t)!, matched)) terms.add(t);
      }
    }
    for (const id of matched) {
      if (id.startsWith(CLAIM)) result.claims.add(id.slice(CLAIM.length));
      else result.articles.add(id.slice(ARTICLE.length));
    }
    result.terms = [...terms];
    return result;
  }

  /** The index terms a query word matches, and the documents holding any of them (read-only: may be the index's own set). */
  private expand(word: string): { terms: string[]; docs: ReadonlySet<string> } {
    const terms = new Set<string>();
    if (this.postings.has(word)) terms.add(word);
    // One- and two-letter prefixes would expand to much of the vocabulary.
    if (word.length >= 3) for (const t of this.vocabulary.atPrefix(word).keys()) terms.add(t);
    if (word.length >= 4) for (const t of this.vocabulary.fuzzyGet(word, Math.round(word.length * 0.2)).keys()) terms.add(t);
    const list = [...terms];
    if (list.length === 1) return { terms: list, docs: this.postings.get(list[0])! };
    const docs = new Set<string>();
    for (const t of list) for (const id of this.postings.get(t)!) docs.add(id);
    return { terms: list, docs };
  }
}
