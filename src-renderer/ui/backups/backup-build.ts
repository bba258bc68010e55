// Making one automatic backup's file: every case as one backup JSON, and a
// fingerprint of its data (without the export time) to tell whether it
// differs from the newest kept backup. Runs in the backup worker, so the
// megabytes of a large case are read, serialised and hashed off the UI thread.
import type { CaseContents } from '../../core/model';
import { writeBackup } from '../../core/export/bundle';

export interface BuiltBackup {
  /** The backup JSON as a file: a Blob crosses to the UI thread and into storage by reference, where tens of megabytes of text would be copied and encoded on it. */
  file: Blob;
  fingerprint: string;
}

const EXPORT_TIME = /"exportedAt":\s*"[^"]*"/;
/** The export time is among the first fields of a backup: it is looked for in its opening bytes. */
const HEAD_BYTES = 512;

/** SHA-256 of a backup's UTF-8 bytes without its export time, so two backups of the same data compare equal. */
async function fingerprintOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  // One byte per character (the head is ASCII anyway), so the match's offsets are byte offsets.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, HEAD_BYTES));
  const at = EXPORT_TIME.exec(head);
  let hashed = bytes;
  if (at) {
    hashed = new Uint8Array(bytes.length - at[0].length);
    hashed.set(bytes.subarray(0, at.index));
    hashed.set(bytes.subarray(at.index + at[0].length), at.index);
  }
  const digest = await crypto.subtle.digest('SHA-256', hashed);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fingerprint of a kept backup's JSON. */
export function backupFingerprint(json: string): Promise<string> {
  return fingerprintOf(new TextEncoder().encode(json));
}

/** A backup of every case; null when there is no case to back up. */
export async function buildBackup(readAll: () => Promise<CaseContents[]>): Promise<BuiltBackup | null> {
  const cases = await readAll();
  if (cases.length === 0) return null;
  // Encoded once: the file and the fingerprint take the same bytes (a large case's JSON runs to tens of megabytes).
  const bytes = new TextEncoder().encode(writeBackup(cases));
  return { file: new Blob([bytes], { type: 'application/json' }), fingerprint: await fingerprintOf(bytes) };
}
