// The UI side of the backup worker: asks it to build a backup of every case,
// or to fingerprint a kept backup, and turns its answers into promises; and
// tells it when the reviewer is at work (it stops) and has paused (it goes on).
// The worker starts on first use; one that fails to load fails what waits.
import type { BuiltBackup } from './backup-build';
import { WorkerRequests } from '../shared/worker-requests';
import { foregroundNotice, type ForegroundNotice } from '../shared/background-pacing';

export type BackupWorkerRequest = { requestId: number; type: 'build' } | { requestId: number; type: 'fingerprint'; json: string };
/** One-way: the reviewer is at work or has paused (see background-pacing.ts); get ready for a backup (prepare: open the database). */
export type BackupWorkerNotice = ForegroundNotice | { type: 'prepare' };
export type BackupWorkerResponse =
  | { requestId: number; type: 'built'; backup: BuiltBackup | null }
  | { requestId: number; type: 'fingerprint'; fingerprint: string }
  | { requestId: number; type: 'error'; message: string };

export class BackupWorkerClient {
  private requests: WorkerRequests<BackupWorkerResponse> | null = null;

  constructor(private readonly createWorker: () => Worker) {}

  async build(): Promise<BuiltBackup | null> {
    const r = await this.ask({ type: 'build' });
    if (r.type === 'built') return r.backup;
    throw new Error(r.type === 'error' ? r.message : 'unexpected answer from the backup worker');
  }

  async fingerprint(json: string): Promise<string> {
    const r = await this.ask({ type: 'fingerprint', json });
    if (r.type === 'fingerprint') return r.fingerprint;
    throw new Error(r.type === 'error' ? r.message : 'unexpected answer from the backup worker');
  }

  /** Starts the worker and has it open the database, so that a backup's start later costs little. */
  prepare(): void {
    this.requests ??= this.start();
    this.requests.post({ type: 'prepare' } satisfies BackupWorkerNotice);
  }

  /** Stops (true) the backup being built between its parts, or lets it go on (false); it waits only so long. */
  hold(held: boolean): void {
    this.requests?.post(foregroundNotice(held));
  }

  private start(): WorkerRequests<BackupWorkerResponse> {
    // The next backup after a crash starts a fresh worker.
    return new WorkerRequests<BackupWorkerResponse>(this.createWorker(), 'the backup worker stopped', () => (this.requests = null));
  }

  private ask(request: { type: 'build' } | { type: 'fingerprint'; json: string }): Promise<BackupWorkerResponse> {
    this.requests ??= this.start();
    return this.requests.send(request);
  }
}
