// Full-text search over a case: its claims (quote, statement, claimant, notes,
// tags, conclusion) and its articles (title, outlet, text), with prefix and
// fuzzy matching. The index follows the data incrementally: `sync` adds,
// replaces or drops only the documents whose updatedAt changed.
import MiniSearch from 'minisearch';
import type { Article, Claim } from '../model';

interface SearchDoc {
  id: string;
  quote?: string;
  statement?: string;
  claimant?: string;
  notes?: string;
  tags?: string;
  conclusion?: string;
  title?: string;
  outlet?: string;
  text?: string;
}

const FIELDS = ['quote', 'statement', 'claimant', 'notes', 'tags', 'conclusion', 'title', 'outlet', 'text'] as const;
const CLAIM = 'c:';
const ARTICLE = 'a:';

export interface SearchResult {
  /** Claims matched by their own fields, with the words that matched. */
  claims: Map<string, string[]>;
  /** Articles matched by their title, outlet or text, with the words that matched. */
  articles: Map<string, string[]>;
  /** Every matched word, for highlighting. */
  terms: string[];
}

function claimDoc(c: Claim): SearchDoc {
  return {
    id: CLAIM + c.id,
    quote: c.anchor.quote.exact,
    statement: c.statement,
    claimant: c.claimant,
    notes: c.notes,
    tags: c.tags.join(' '),
    conclusion: c.verdict?.conclusion ?? '',
  };
}

function articleDoc(a: Article): SearchDoc {
  return { id: ARTICLE + a.id, title: a.title, outlet: a.outlet, text: a.text };
}

export class CaseSearchIndex {
  private readonly index = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    searchOptions: {
      prefix: true,
      // Short words match exactly: fuzzy "no" would match half the vocabulary.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'AND',
      boost: { quote: 2, statement: 2, claimant: 1.5 },
    },
  });
  /** Document id → the updatedAt it was indexed at. */
  private readonly indexed = new Map<string, string>();

  private seen: { articles: readonly Article[]; claims: readonly Claim[] } | null = null;

  /** Brings the index up to date with the case; cost is proportional to what
   *  changed (and nothing when given the same arrays as last time). */
  sync(articles: readonly Article[], claims: readonly Claim[]): void {
    if (this.seen?.articles === articles && this.seen.claims === claims) return;
    this.seen = { articles, claims };
    const present = new Set<string>();
    const upsert = (id: string, version: string, doc: () => SearchDoc) => {
      present.add(id);
      const was = this.indexed.get(id);
      if (was === version) return;
      if (was === undefined) this.index.add(doc());
      else this.index.replace(doc());
      this.indexed.set(id, version);
    };
    for (const a of articles) upsert(ARTICLE + a.id, a.updatedAt, () => articleDoc(a));
    for (const c of claims) upsert(CLAIM + c.id, c.updatedAt, () => claimDoc(c));
    for (const id of [...this.indexed.keys()]) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.indexed.delete(id);
    }
  }

  get size(): number {
    return this.indexed.size;
  }

  search(query: string): SearchResult {
    const result: SearchResult = { claims: new Map(), articles: new Map(), terms: [] };
    if (!query.trim()) return result;
    const terms = new Set<string>();
    for (const hit of this.index.search(query)) {
      const id = String(hit.id);
      for (const t of hit.terms) terms.add(t);
      if (id.startsWith(CLAIM)) result.claims.set(id.slice(CLAIM.length), hit.terms);
      else result.articles.set(id.slice(ARTICLE.length), hit.terms);
    }
    result.terms = [...terms];
    return result;
  }
}

/** Claims shown for a search: those matched directly and those in a matched article. */
export function matchingClaimIds(rows: readonly { id: string; articleId: string }[], result: SearchResult): Set<string> {
  const ids = new Set<string>();
  for (const r of rows) if (result.claims.has(r.id) || result.articles.has(r.articleId)) ids.add(r.id);
  return ids;
}
