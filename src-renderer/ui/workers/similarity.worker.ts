// The Web Worker that keeps the open case's similarity index off the UI thread.
// Create it with `new Worker(new URL('./similarity.worker.ts', import.meta.url), { type: 'module' })`
// and talk to it with core/similarity/protocol's requests and responses. It
// reads article texts from the database itself (IndexedDB is open to workers),
// so the UI thread never unpacks or copies them. Loading a case's articles
// stops while the UI says the reviewer is at work ({ type: 'hold' } and
// { type: 'release' }, which get no answer).
import { SimilarityService, type SimilarityResponse } from '../../core/similarity/protocol';
import { openRepositories, type Repositories } from '../../storage';
import { backgroundPacer, ForegroundGate } from '../shared/background-pacing';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SimilarityResponse): void;
}

const scope = self as unknown as WorkerScope;
/** A load waits for the reviewer at most this long in all: suggestions wait for the load. */
const MAX_HELD_MS = 30_000;
const foreground = new ForegroundGate();
const service = new SimilarityService(() => backgroundPacer({ restPerWork: 3, gate: foreground, maxHeldMs: MAX_HELD_MS }));
let repos: Repositories | null = null;
const readArticles = (ids: string[]) => (repos ??= openRepositories()).articles.getMany(ids);

// Answers go back in the order the requests came, though reading articles takes time.
let answered: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  // Not queued behind the answers: a hold reaches a load that is under way.
  if (foreground.apply(event.data)) return;
  answered = answered.then(async () => scope.postMessage(await service.answer(event.data, readArticles)));
};
