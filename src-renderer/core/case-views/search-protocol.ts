// Messages between the Claims table and the Web Worker that holds the open
// case's full-text index (CaseSearchIndex), plus the service the worker runs
// on each message, so the whole exchange is testable without a worker. The
// worker reads and follows the case itself (through the CaseContents it is
// given), indexes it in slices between messages, and answers a search only
// from a complete index: never a partial result.
import type { Article, Claim } from '../model';
import { CaseSearchIndex } from './search';
import { passageSnippet, type Segment } from './highlight';

/** Background indexing works this long, then rests as long; messages are handled while it rests. */
const INDEX_SLICE_MS = 4;
/** Documents indexed between two looks at the clock. */
const INDEX_STEP = 20;

export type SearchRequest = { type: 'open'; requestId: number; caseId: string } | { type: 'search'; requestId: number; query: string; seq: number };

/** What a search found, small and cheap to clone: no per-claim term lists (a claim's
 *  matched words are exactly the result's terms found in its fields). */
export interface SearchResults {
  seq: number;
  /** Claims matched by their own fields. */
  claimIds: string[];
  /** Articles matched by their title, outlet or text, each with a passage around its first match (null when only the title or outlet matched). */
  articles: [articleId: string, snippet: Segment[] | null][];
  /** Every matched word, for highlighting. */
  terms: string[];
}

export type SearchResponse =
  | { type: 'opened'; requestId: number; caseId: string }
  | ({ type: 'results'; requestId: number } & SearchResults)
  /** A newer search arrived before this one's turn: its answer would be dropped anyway. */
  | { type: 'superseded'; requestId: number; seq: number }
  | { type: 'error'; requestId: number; message: string };

/** Posted unasked: writes to the open case were applied (search again), or its index is complete. */
export type SearchNotice = { type: 'changed'; caseId: string } | { type: 'indexed'; caseId: string; documents: number };

/** A case's articles (with text) and claims, read from storage and followed write by write. */
export interface CaseContents {
  /** Both lists, once both have been read; undefined before. */
  current(): { articles: readonly Article[]; claims: readonly Claim[] } | undefined;
  /** Calls `listener` after every change to what `current` returns. */
  subscribe(listener: () => void): () => void;
  /** Resolves once every write seen so far has been read (or failed to be). */
  settled(): Promise<void>;
  /** Why the last read failed, or null. */
  failure(): unknown;
  stop(): void;
}

// Each search cuts passages from the articles' texts: look them up by id, built once per list of
// articles, with each text lower-cased once (the first time a search cuts a passage from it).
interface ArticleTexts {
  text: string;
  lower?: string;
}
const texts = new WeakMap<readonly Article[], Map<string, ArticleTexts>>();
function textsById(articles: readonly Article[]): Map<string, ArticleTexts> {
  let byId = texts.get(articles);
  if (!byId) texts.set(articles, (byId = new Map(articles.map((a) => [a.id, { text: a.text }]))));
  return byId;
}

/** Lower-cases texts ahead of the searches that cut passages from them while `more()` allows; says whether all are. */
function lowerSome(texts: Map<string, ArticleTexts>, more: () => boolean): boolean {
  for (const t of texts.values()) {
    if (t.lower !== undefined) continue;
    if (!more()) return false;
    t.lower = t.text.toLowerCase();
  }
  return true;
}

function snippetOf(article: ArticleTexts | undefined, terms: readonly string[]): Segment[] | null {
  if (!article) return null;
  article.lower ??= article.text.toLowerCase();
  return passageSnippet(article.text, terms, undefined, article.lower);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Checks a message that crossed a thread boundary; returns why it is malformed, or null. */
export function requestProblem(message: unknown): string | null {
  if (!isObject(message)) return 'The message is not an object.';
  if (typeof message.requestId !== 'number') return 'The message has no numeric requestId.';
  switch (message.type) {
    case 'open':
      return typeof message.caseId === 'string' && message.caseId !== '' ? null : 'open needs a caseId string.';
    case 'search':
      return typeof message.query === 'string' && typeof message.seq === 'number' ? null : 'search needs a query string and a numeric seq.';
    default:
      return `Unknown request type: ${String(message.type)}.`;
  }
}

/** A search's results as the table reads them: which claims matched, the passage of each matched article. */
export interface MatchedRows {
  claims: ReadonlySet<string>;
  snippets: ReadonlyMap<string, Segment[] | null>;
  /** Whether a row belongs to the results: matched itself, or in a matched article. */
  has(row: { id: string; articleId: string }): boolean;
}

export function matchedRows(results: Pick<SearchResults, 'claimIds' | 'articles'>): MatchedRows {
  const claims = new Set(results.claimIds);
  const snippets = new Map(results.articles);
  return { claims, snippets, has: (row) => claims.has(row.id) || snippets.has(row.articleId) };
}

interface OpenCase {
  caseId: string;
  contents: CaseContents;
  index: CaseSearchIndex;
  /** Whether both lists have been read once: later changes are writes, worth a notice. */
  loaded: boolean;
  /** Why indexing failed, until the data changes again. */
  indexFailure: unknown;
  unsubscribe(): void;
}

export interface SearchServiceOptions {
  /** Starts reading and following a case. */
  follow(caseId: string): CaseContents;
  /** Receives the notices (the worker posts them). */
  notify(notice: SearchNotice): void;
  /** Rests between slices of indexing, letting other messages be handled. */
  pause?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Holds the open case's index and answers requests one after another; what a worker's onmessage calls. */
export class SearchService {
  private open: OpenCase | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private latestSeq = -Infinity;
  private indexing = false;
  private readonly pause: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: SearchServiceOptions) {
    this.pause = options.pause ?? ((ms) => new Promise((resume) => setTimeout(resume, ms)));
    this.now = options.now ?? (() => Date.now());
  }

  /** Answers a request once those received before it are answered. */
  handle(message: unknown): Promise<SearchResponse> {
    // Noted on arrival, so a search still waiting for its turn knows it is stale.
    if (isObject(message) && message.type === 'search' && typeof message.seq === 'number') this.latestSeq = Math.max(this.latestSeq, message.seq);
    const answer = this.queue.then(() => this.answer(message));
    this.queue = answer;
    return answer;
  }

  private async answer(message: unknown): Promise<SearchResponse> {
    const requestId = isObject(message) && typeof message.requestId === 'number' ? message.requestId : -1;
    const problem = requestProblem(message);
    if (problem) return { type: 'error', requestId, message: problem };
    const request = message as SearchRequest;
    try {
      if (request.type === 'open') {
        this.openCase(request.caseId);
        return { type: 'opened', requestId, caseId: request.caseId };
      }
      return await this.search(request);
    } catch (error) {
      return { type: 'error', requestId, message: reason(error) };
    }
  }

  private openCase(caseId: string): void {
    if (this.open?.caseId === caseId) return;
    this.close();
    const contents = this.options.follow(caseId);
    const open: OpenCase = { caseId, contents, index: new CaseSearchIndex(), loaded: false, indexFailure: null, unsubscribe: () => undefined };
    open.unsubscribe = contents.subscribe(() => this.onChange(open));
    this.open = open;
    this.onChange(open);
  }

  private close(): void {
    if (!this.open) return;
    this.open.unsubscribe();
    this.open.contents.stop();
    this.open = null;
  }

  private onChange(open: OpenCase): void {
    if (open !== this.open || !open.contents.current()) return;
    open.indexFailure = null;
    if (open.loaded) this.options.notify({ type: 'changed', caseId: open.caseId });
    open.loaded = true;
    void this.indexInBackground();
  }

  /**
   * Indexes the open case in slices of a few milliseconds with as long a rest
   * after each: background work takes at most half of a core, so on a two-core
   * machine the screen keeps the other one (a search finishes the index at once).
   */
  private async indexInBackground(): Promise<void> {
    if (this.indexing) return;
    this.indexing = true;
    try {
      for (;;) {
        const open = this.open;
        const data = open?.contents.current();
        if (!open || !data || open.indexFailure) return;
        const started = this.now();
        let done = false;
        try {
          const more = () => this.now() - started < INDEX_SLICE_MS;
          while (!done && more()) done = open.index.syncSome(data.articles, data.claims, INDEX_STEP);
          // Then the texts passages are cut from, so that a first search does not lower-case megabytes.
          if (done) done = lowerSome(textsById(data.articles), more);
        } catch (error) {
          open.indexFailure = error;
          return;
        }
        // Complete for what the case holds now; a change meanwhile calls this again.
        if (done && open.contents.current() === data) {
          prepareSearching(open.index, data);
          this.options.notify({ type: 'indexed', caseId: open.caseId, documents: open.index.size });
          return;
        }
        await this.pause(INDEX_SLICE_MS);
      }
    } finally {
      this.indexing = false;
    }
  }

  private async search(request: Extract<SearchRequest, { type: 'search' }>): Promise<SearchResponse> {
    const { requestId, seq } = request;
    const open = this.open;
    if (!open) return { type: 'error', requestId, message: 'No case is open for searching.' };
    // Every write seen so far is read first: the answer covers the case as it is now.
    await open.contents.settled();
    if (seq < this.latestSeq) return { type: 'superseded', requestId, seq };
    const data = open.contents.current();
    if (!data) return { type: 'error', requestId, message: `Reading the case failed: ${reason(open.contents.failure() ?? 'it could not be read.')}` };
    try {
      // Whatever background indexing has not done yet is finished here, so the answer is complete.
      open.index.sync(data.articles, data.claims);
    } catch (error) {
      open.indexFailure = error;
      return { type: 'error', requestId, message: `Indexing the case failed: ${reason(error)}` };
    }
    return { type: 'results', requestId, ...resultsFor(open.index, data, request.query), seq };
  }
}

/** The claims and the passages of the articles `query` matches in an index synced with `data`. */
function resultsFor(index: CaseSearchIndex, data: { articles: readonly Article[] }, query: string): Omit<SearchResults, 'seq'> {
  const found = index.search(query);
  const texts = textsById(data.articles);
  return {
    claimIds: [...found.claims],
    // An article's matched words are the result's terms found in it, so all terms cut the same passage.
    articles: [...found.articles].map((id) => [id, snippetOf(texts.get(id), found.terms)]),
    terms: found.terms,
  };
}

/**
 * Runs one search, for the start of a word of the case, once the index is
 * complete: the first search of a session runs code that has never run in
 * this worker (compiling it took 20–30 ms of a 20,000-claim case's first
 * search), and the reviewer's first search is then as quick as the next.
 */
function prepareSearching(index: CaseSearchIndex, data: { articles: readonly Article[]; claims: readonly Claim[] }): void {
  const sample = data.claims[0]?.anchor.quote.exact ?? data.articles[0]?.title ?? '';
  const word = /[\p{L}\p{N}]{4,}/u.exec(sample)?.[0];
  if (word) resultsFor(index, data, word.slice(0, 4));
}
