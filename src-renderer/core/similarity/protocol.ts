// Messages between the UI and a Web Worker that holds the case's
// SimilarityIndex, plus the pure handler the worker runs on each message, so
// the whole exchange is testable without a worker.
import { SimilarityIndex, type SuggestOptions, type Suggestion } from './similarity-index';

export type SimilarityRequest =
  | { type: 'upsert'; requestId: number; articleId: string; text: string }
  | { type: 'remove'; requestId: number; articleId: string }
  | { type: 'reset'; requestId: number }
  | { type: 'suggest'; requestId: number; claimText: string; options?: SuggestOptions };

export type SimilarityResponse =
  | { type: 'done'; requestId: number }
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

/** Holds one index and answers requests in order; what a worker's onmessage calls. */
export class SimilarityService {
  private index = new SimilarityIndex();

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
    }
  }
}
