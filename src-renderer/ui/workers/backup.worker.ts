// The Web Worker that makes automatic backups' files: it reads every case from
// the database itself (IndexedDB is open to workers), serialises and hashes
// them, so a backup of a large case never holds the UI thread; and it stops
// between parts while the UI tells it the reviewer is at work. Talk to it
// with ui/backups/backup-worker-client.ts.
import { backupFingerprint, backupPacer, buildBackup } from '../backups/backup-build';
import { ForegroundGate } from '../shared/background-pacing';
import type { BackupWorkerNotice, BackupWorkerRequest, BackupWorkerResponse } from '../backups/backup-worker-client';
import { openRepositories, readAllContentsInPages, type Repositories } from '../../storage';

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest | BackupWorkerNotice>) => void) | null;
  postMessage(message: BackupWorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
let repos: Repositories | null = null;
const foreground = new ForegroundGate();

async function answer(request: BackupWorkerRequest): Promise<BackupWorkerResponse> {
  try {
    if (request.type === 'build') {
      repos ??= openRepositories();
      const { db, cases } = repos;
      // A hold left from an earlier backup does not stop this one: the UI holds it when it sees the reviewer at work.
      foreground.release();
      const pace = backupPacer(foreground);
      // In short transactions with rests between them: the reviewer's writes are not held up behind a long read.
      return { requestId: request.requestId, type: 'built', backup: await buildBackup((pause) => readAllContentsInPages(db, cases, { pause }), pace) };
    }
    return { requestId: request.requestId, type: 'fingerprint', fingerprint: await backupFingerprint(request.json) };
  } catch (error) {
    return { requestId: request.requestId, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (foreground.apply(message)) return;
  if (message.type === 'prepare') void (repos ??= openRepositories()).db.open().catch(() => undefined);
  else void answer(message).then((response) => scope.postMessage(response));
};
