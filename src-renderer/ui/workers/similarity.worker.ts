// The Web Worker that keeps the open case's similarity index off the UI thread.
// Create it with `new Worker(new URL('./similarity.worker.ts', import.meta.url), { type: 'module' })`
// and talk to it with core/similarity/protocol's requests and responses. It
// reads article texts from the database itself (IndexedDB is open to workers),
// so the UI thread never unpacks or copies them.
import { SimilarityService, type SimilarityResponse } from '../../core/similarity/protocol';
import { openRepositories, type Repositories } from '../../storage';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SimilarityResponse): void;
}

const scope = self as unknown as WorkerScope;
const service = new SimilarityService();
let repos: Repositories | null = null;
const readArticles = (ids: string[]) => (repos ??= openRepositories()).articles.getMany(ids);

// Answers go back in the order the requests came, though reading articles takes time.
let answered: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  answered = answered.then(async () => scope.postMessage(await service.answer(event.data, readArticles)));
};
