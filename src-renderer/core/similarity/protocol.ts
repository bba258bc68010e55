// Messages between the UI and a Web Worker that holds the case's
// SimilarityIndex, plus the handler the worker runs on each message, so the
// whole exchange is testable without a worker. The UI sends article ids with
// 'load' and the worker reads their text itself (from the database, through
// the reader it is given), so megabytes of text never pass the UI thread.
import type { Article } from '../model';
import { SimilarityIndex, type SuggestOptions, type Suggestion } from './similarity-index';

/** Articles read from the database at a time while loading: unpacking each read is work done without a rest. */
const READ_BATCH = 5;

/** Which version of an article the index now holds. */
export type ArticleVersion = Pick<Article, 'id' | 'updatedAt'>;

/** Reads whole articles by id (those not found are left out). */
export type ArticleReader = (ids: string[]) => Promise<readonly Pick<Article, 'id' | 'text' | 'updatedAt'>[]>;

export type SimilarityRequest =
  | { type: 'upsert'; requestId: number; articleId: string; text: string }
  | { type: 'load'; requestId: number; articleIds: string[] }
  | { type: 'remove'; requestId: number; articleId: string }
  | { type: 'reset'; requestId: number }
  | { type: 'suggest'; requestId: number; claimText: string; options?: SuggestOptions };

export type SimilarityResponse =
  | { type: 'done'; requestId: number }
  | { type: 'loaded'; requestId: number; versions: ArticleVersion[] }
  | { type: 'suggestions'; requestId: number; suggestions: Suggestion[] }
  | { type: 'error'; requestId: number; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks a message that crossed a thread boundary; returns why it is malformed, or null. */
export function requestProblem(message: unknown): string | null {
  if (!isObject(message)) return 'The message is not an object.';
  if (typeof message.requestId !== 'number') return 'The message has no numeric requestId.';
  switch (message.type) {
    case 'upsert':
      return isString(message.articleId) && isString(message.text) ? null : 'upsert needs articleId and text strings.';
    case 'load':
      return Array.isArray(message.articleIds) && message.articleIds.every(isString) ? null : 'load needs an articleIds array of strings.';
    case 'remove':
      return isString(message.articleId) ? null : 'remove needs an articleId string.';
    case 'reset':
      return null;
    case 'suggest':
      if (!isString(message.claimText)) return 'suggest needs a claimText string.';
      return message.options === undefined || isObject(message.options) ? null : 'suggest options must be an object.';
    default:
      return `Unknown request type: ${String(message.type)}.`;
  }
}

/** Called between the articles of a load: resolves once indexing may go on. */
export type LoadPacer = () => Promise<void>;

/** Holds one index and answers requests in order; what a worker's onmessage calls. */
export class SimilarityService {
  private index = new SimilarityIndex();

  /**
   * `pacer` makes each load's pacer: the worker's rests after each slice of
   * work (indexing a case is background work, about a quarter of a core) and
   * waits while the reviewer is at work; by default a load does not pause.
   */
  constructor(private readonly pacer: () => LoadPacer = () => async () => undefined) {}

  /** Answers any request; 'load' reads the articles' text with `read`. */
  async answer(message: unknown, read: ArticleReader): Promise<SimilarityResponse> {
    if (!isObject(message) || message.type !== 'load' || requestProblem(message)) return this.handle(message);
    const { requestId, articleIds } = message as Extract<SimilarityRequest, { type: 'load' }>;
    try {
      const versions: ArticleVersion[] = [];
      // Indexing a whole case starts once the case is on screen, often while the reviewer reads
      // and marks claims: it paces itself so the screen, the database and the painting keep the rest.
      const pace = this.pacer();
      // A few articles per read: the database answers one request at a time, and one read of
      // every article's text would hold a claim being saved meanwhile for most of a second.
      for (let i = 0; i < articleIds.length; i += READ_BATCH) {
        for (const a of await read(articleIds.slice(i, i + READ_BATCH))) {
          // A long transcript pauses within itself too, not only between articles.
          for (const _step of this.index.upsertArticleInSteps(a.id, a.text)) await pace();
          versions.push({ id: a.id, updatedAt: a.updatedAt });
          await pace();
        }
      }
      return { type: 'loaded', requestId, versions };
    } catch (error) {
      return { type: 'error', requestId, message: `Reading the articles failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** Answers the requests that need nothing from outside (all but 'load'). */
  handle(message: unknown): SimilarityResponse {
    const requestId = isObject(message) && typeof message.requestId === 'number' ? message.requestId : -1;
    const problem = requestProblem(message);
    if (problem) return { type: 'error', requestId, message: problem };
    const request = message as SimilarityRequest;
    switch (request.type) {
      case 'upsert':
        this.index.upsertArticle(request.articleId, request.text);
        return { type: 'done', requestId };
      case 'remove':
        this.index.removeArticle(request.articleId);
        return { type: 'done', requestId };
      case 'reset':
        this.index = new SimilarityIndex();
        return { type: 'done', requestId };
      case 'suggest':
        return { type: 'suggestions', requestId, suggestions: this.index.suggest(request.claimText, request.options) };
      case 'load':
        return { type: 'error', requestId, message: 'load is answered by answer(), which can read articles.' };
    }
  }
}
