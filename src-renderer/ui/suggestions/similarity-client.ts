// The UI side of the similarity worker: one worker per window, kept in step
// with the open case's articles incrementally (only articles whose updatedAt
// changed are loaded again, by id: the worker reads their text itself;
// removed ones are dropped) and asked for suggestions. Loading stops while the
// reviewer is at work, so indexing a large case never slows their marking.
import type { ArticleSummary } from '../../core/model';
import type { SimilarityRequest, SimilarityResponse } from '../../core/similarity/protocol';
import type { SuggestOptions, Suggestion } from '../../core/similarity/similarity-index';
import { WorkerRequests } from '../shared/worker-requests';
import { holdWhileReviewerWorks } from '../shared/reviewer-input';
import { foregroundNotice } from '../shared/background-pacing';

/** A pause in the reviewer's input this long lets a held load go on. */
const LOAD_QUIET_MS = 1_000;

type Outgoing = SimilarityRequest extends infer R ? (R extends { requestId: number } ? Omit<R, 'requestId'> : never) : never;

/** What brings an index holding `sent` (id → version) up to date with `articles`: which to (re)send, which to drop. */
export function syncPlan(sent: ReadonlyMap<string, string>, articles: readonly Pick<ArticleSummary, 'id' | 'updatedAt'>[]): { upsert: string[]; remove: string[] } {
  const present = new Set(articles.map((a) => a.id));
  return {
    upsert: articles.filter((a) => sent.get(a.id) !== a.updatedAt).map((a) => a.id),
    remove: [...sent.keys()].filter((id) => !present.has(id)),
  };
}

export class SimilarityClient {
  private caseId: string | null = null;
  /** articleId → updatedAt of the version the worker holds. */
  private readonly sent = new Map<string, string>();
  private syncing: Promise<void> = Promise.resolve();
  private readonly requests: WorkerRequests<SimilarityResponse>;

  constructor(worker: Worker) {
    // After a crash nothing is known to be held: the next sync starts afresh.
    this.requests = new WorkerRequests<SimilarityResponse>(worker, 'the similarity worker stopped', () => (this.caseId = null));
  }

  /**
   * Brings the worker's index up to date with the case's articles: it loads
   * those it lacks or holds at an older version. Syncs and questions reach
   * the worker in the order they were made.
   */
  sync(caseId: string, articles: readonly ArticleSummary[]): void {
    this.syncing = this.syncing
      .then(async () => {
        if (caseId !== this.caseId) {
          this.caseId = caseId;
          this.sent.clear();
          void this.request({ type: 'reset' });
        }
        const plan = syncPlan(this.sent, articles);
        for (const id of plan.remove) {
          void this.request({ type: 'remove', articleId: id });
          this.sent.delete(id);
        }
        if (plan.upsert.length === 0) return;
        const response = await this.request({ type: 'load', articleIds: plan.upsert });
        if (response.type === 'error') throw new Error(response.message);
        if (response.type === 'loaded') for (const v of response.versions) this.sent.set(v.id, v.updatedAt);
      })
      .catch((error: unknown) => {
        // The next sync starts again from what the worker is known to hold.
        console.error('Updating the similarity index failed', error);
      });
  }

  /** Stops (true) or lets go on (false) a load under way: see background-pacing.ts. */
  hold(held: boolean): void {
    this.requests.post(foregroundNotice(held));
  }

  async suggest(claimText: string, options: SuggestOptions): Promise<Suggestion[]> {
    await this.syncing;
    const response = await this.request({ type: 'suggest', claimText, options });
    if (response.type === 'error') throw new Error(response.message);
    return response.type === 'suggestions' ? response.suggestions : [];
  }

  private request(message: Outgoing): Promise<SimilarityResponse> {
    return this.requests.send(message);
  }
}

let shared: SimilarityClient | null = null;

/** The window's client, whose worker outlives the inspector's panels so the index is built once. */
export function sharedSimilarityClient(): SimilarityClient {
  if (!shared) {
    const client = new SimilarityClient(new Worker(new URL('../workers/similarity.worker.ts', import.meta.url), { type: 'module' }));
    holdWhileReviewerWorks((held) => client.hold(held), LOAD_QUIET_MS);
    shared = client;
  }
  return shared;
}
