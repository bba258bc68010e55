// The Web Worker that holds the open case's full-text search index, off the
// UI thread. Create it with `new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })`
// and talk to it with core/case-views/search-protocol's requests. It reads the
// case from the database itself and follows the UI thread's committed writes
// through Dexie's cross-context storagemutated event, so article texts never
// pass the UI thread.
import { SearchService, type SearchNotice, type SearchResponse } from '../../core/case-views/search-protocol';
import { FactmarkDb } from '../../storage';
import { followCaseContents } from '../../storage/live-case-contents';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SearchResponse | SearchNotice): void;
}

const scope = self as unknown as WorkerScope;
let db: FactmarkDb | null = null;
const service = new SearchService({
  follow: (caseId) => followCaseContents((db ??= new FactmarkDb()), caseId),
  notify: (notice) => scope.postMessage(notice),
});

// The service answers in the order requests came; each answer is posted when ready.
scope.onmessage = (event) => void service.handle(event.data).then((answer) => scope.postMessage(answer));
