// Making one automatic backup's file: every case as one backup JSON, and a
// fingerprint of its data (without the export time) to tell whether it
// differs from the newest kept backup. Runs in the backup worker, so the
// megabytes of a large case are read, serialised and hashed off the UI thread.
import type { CaseContents } from '../../core/model';
import { writeBackup } from '../../core/export/bundle';
import { sha256Hex } from '../../core/article-text';

export interface BuiltBackup {
  /** The backup JSON as a file: a Blob crosses to the UI thread and into storage by reference, where tens of megabytes of text would be copied and encoded on it. */
  file: Blob;
  fingerprint: string;
}

/** The backup without its export time, so two backups of the same data compare equal. */
export function backupFingerprint(json: string): Promise<string> {
  return sha256Hex(json.replace(/"exportedAt":\s*"[^"]*"/, ''));
}

/** A backup of every case; null when there is no case to back up. */
export async function buildBackup(readAll: () => Promise<CaseContents[]>): Promise<BuiltBackup | null> {
  const cases = await readAll();
  if (cases.length === 0) return null;
  const json = writeBackup(cases);
  return { file: new Blob([json], { type: 'application/json' }), fingerprint: await backupFingerprint(json) };
}
