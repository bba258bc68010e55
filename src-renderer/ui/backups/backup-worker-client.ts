// The UI side of the backup worker: asks it to build a backup of every case,
// or to fingerprint a kept backup, and turns its answers into promises. The
// worker starts on first use; one that fails to load fails what waits.
import type { BuiltBackup } from './backup-build';

export type BackupWorkerRequest = { id: number; type: 'build' } | { id: number; type: 'fingerprint'; json: string };
export type BackupWorkerResponse =
  | { id: number; type: 'built'; backup: BuiltBackup | null }
  | { id: number; type: 'fingerprint'; fingerprint: string }
  | { id: number; type: 'error'; message: string };

export class BackupWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(r: BackupWorkerResponse): void; reject(e: Error): void }>();

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

  private ask(request: { type: 'build' } | { type: 'fingerprint'; json: string }): Promise<BackupWorkerResponse> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      this.waiting.get(event.data.id)?.resolve(event.data);
      this.waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the backup worker stopped');
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      // The next backup starts a fresh worker.
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }
}
