// The Web Worker that makes automatic backups' files: it reads every case from
// the database itself (IndexedDB is open to workers), serialises and hashes
// them, so a backup of a large case never holds the UI thread. Talk to it with
// ui/backups/backup-worker-client.ts.
import { backupFingerprint, buildBackup } from '../backups/backup-build';
import type { BackupWorkerRequest, BackupWorkerResponse } from '../backups/backup-worker-client';
import { openRepositories, readAllContentsInPages, type Repositories } from '../../storage';

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null;
  postMessage(message: BackupWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
let repos: Repositories | null = null;

async function answer(request: BackupWorkerRequest): Promise<BackupWorkerResponse> {
  try {
    if (request.type === 'build') {
      repos ??= openRepositories();
      const { db, cases } = repos;
      // In short transactions with rests between them: the reviewer's writes are not held up behind a long read.
      return { requestId: request.requestId, type: 'built', backup: await buildBackup((pause) => readAllContentsInPages(db, cases, { pause })) };
    }
    return { requestId: request.requestId, type: 'fingerprint', fingerprint: await backupFingerprint(request.json) };
  } catch (error) {
    return { requestId: request.requestId, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event) => void answer(event.data).then((response) => scope.postMessage(response));
