// The Web Worker that keeps the open case's similarity index off the UI thread.
// Create it with `new Worker(new URL('./similarity.worker.ts', import.meta.url), { type: 'module' })`
// and talk to it with core/similarity/protocol's requests and responses.
import { SimilarityService, type SimilarityResponse } from '../../core/similarity/protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SimilarityResponse): void;
}

const scope = self as unknown as WorkerScope;
const service = new SimilarityService();

scope.onmessage = (event) => {
  scope.postMessage(service.handle(event.data));
};
