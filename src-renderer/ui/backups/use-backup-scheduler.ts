// Runs the automatic backups for as long as the app is open; a failure is one
// non-blocking notice (the data itself is untouched).
import { useEffect, useMemo } from 'react';
import type { Host } from '../../host';
import { isQuotaError, onCaseDataChanged, type Repositories } from '../../storage';
import { BackupScheduler } from './backup-scheduler';
import { BackupWorkerClient } from './backup-worker-client';
import { BS } from './strings';
import { onReviewerInput } from '../shared/reviewer-input';
import { afterPaintWhenIdle } from '../shared/after-paint';

/** A due backup's worker is started in an idle moment, or after this long at the latest (well before the first backup). */
const PREPARE_WAIT_MS = 5_000;

export function failureReason(error: unknown): string {
  if (isQuotaError(error)) return BS.storageFull;
  return error instanceof Error ? error.message : String(error);
}

export function useBackupScheduler(repos: Repositories, host: Host, notify: (message: string, kind: 'error') => void): BackupScheduler {
  const scheduler = useMemo(() => {
    // Reading, serialising and hashing every case happens in a worker, off the UI thread.
    const worker = new BackupWorkerClient(() => new Worker(new URL('../workers/backup.worker.ts', import.meta.url), { type: 'module' }));
    return new BackupScheduler({
      build: () => worker.build(),
      fingerprint: (json) => worker.fingerprint(json),
      store: host.backups,
      onDataChanged: (listener) => onCaseDataChanged(repos.db, listener),
      onFailed: (error) => notify(BS.failed(failureReason(error)), 'error'),
      onActivity: onReviewerInput,
      holdBuild: (held) => worker.hold(held),
      prepare: () => afterPaintWhenIdle(() => worker.prepare(), PREPARE_WAIT_MS),
      newestBackup: { get: () => repos.settings.get('newestBackup'), set: (newest) => repos.settings.set('newestBackup', newest) },
      backupDue: { get: () => repos.settings.get('backupDue'), set: (due) => repos.settings.set('backupDue', due) },
    });
  }, [repos, host, notify]);
  useEffect(() => {
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);
  return scheduler;
}
