// The UI side of the search worker: one worker per window, opened on a case
// the first time its Claims table shows (indexing then runs while the reviewer
// looks at the table) and asked for searches; the latest search wins.
import type { SearchNotice, SearchResponse, SearchResults } from '../../core/case-views/search-protocol';
import { WorkerRequests } from '../shared/worker-requests';

type NoticeListener = (notice: SearchNotice) => void;

const isNotice = (data: unknown): data is SearchNotice =>
  typeof data === 'object' && data !== null && ((data as SearchNotice).type === 'changed' || (data as SearchNotice).type === 'indexed');

export class SearchClient {
  private caseId: string | null = null;
  /** The case whose index the worker last said was complete, until a write or another case changes that. */
  private indexedCase: string | null = null;
  private seq = 0;
  private readonly listeners = new Set<NoticeListener>();
  private readonly requests: WorkerRequests<SearchResponse>;

  constructor(worker: Worker) {
    // After a crash nothing is known to be open: the next search opens its case again.
    this.requests = new WorkerRequests<SearchResponse>(worker, 'the search worker stopped', () => (this.caseId = null));
    // Notices carry no requestId: they are not answers to anything WorkerRequests waits for.
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (!isNotice(event.data)) return;
      const notice = event.data;
      if (notice.type === 'indexed') this.indexedCase = notice.caseId;
      else if (notice.caseId === this.indexedCase) this.indexedCase = null;
      for (const listener of this.listeners) listener(notice);
    });
  }

  /** Starts reading and indexing a case in the worker (nothing when it is the open one). */
  open(caseId: string): void {
    if (caseId === this.caseId) return;
    this.caseId = caseId;
    this.indexedCase = null;
    void this.requests.send({ type: 'open', caseId }).then(
      (answer) => answer.type === 'error' && console.error('Opening the case for search failed:', answer.message),
      (error: unknown) => console.error('Opening the case for search failed', error),
    );
  }

  /** The case's complete results for `query`, or null when a later search made these moot. */
  async search(caseId: string, query: string): Promise<SearchResults | null> {
    this.open(caseId);
    const seq = ++this.seq;
    const answer = await this.requests.send({ type: 'search', query, seq });
    if (answer.type === 'error') throw new Error(answer.message);
    if (answer.type !== 'results' || seq !== this.seq) return null;
    const { type: _type, requestId: _requestId, ...results } = answer;
    return results;
  }

  /** Whether the worker holds a complete index of the case (searches then answer without indexing first). */
  isIndexed(caseId: string): boolean {
    return this.indexedCase === caseId;
  }

  /** Calls `listener` with every notice of the worker; returns the unsubscribe. */
  onNotice(listener: NoticeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

let shared: SearchClient | null = null;

/** The window's client, whose worker outlives the Claims table so the index is built once per case. */
export function sharedSearchClient(): SearchClient {
  shared ??= new SearchClient(new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' }));
  return shared;
}
