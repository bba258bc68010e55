// Making one automatic backup's file: every case as one backup JSON, and a
// fingerprint of its data (without the export time) to tell whether it
// differs from the newest kept backup. Runs in the backup worker, so the
// megabytes of a large case are read, serialised and hashed off the UI thread;
// and it rests between parts, so a backup takes at most about half a core and
// the screen's own work keeps the other (on a two-core laptop, all of it);
// while the reviewer is at work it stops between parts altogether.
import type { CaseContents } from '../../core/model';
import { backupParts } from '../../core/export/bundle';
import { backgroundPacer, type ForegroundGate } from '../shared/background-pacing';

export interface BuiltBackup {
  /** The backup JSON as a file: a Blob crosses to the UI thread and into storage by reference, where tens of megabytes of text would be copied and encoded on it. */
  file: Blob;
  fingerprint: string;
}

type Bytes = Uint8Array<ArrayBuffer>;

const EXPORT_TIME = /"exportedAt":\s*"[^"]*"/;
/** The export time is among the first fields of a backup: it is looked for in its opening bytes. */
const HEAD_BYTES = 512;

/** SHA-256 of a backup's UTF-8 bytes (in parts) without its export time, so two backups of the same data compare equal. */
async function fingerprintOf(parts: readonly Bytes[]): Promise<string> {
  // One byte per character (the head is ASCII anyway), so the match's offsets are byte offsets.
  const head = new TextDecoder('windows-1252').decode(parts[0]?.subarray(0, HEAD_BYTES));
  const cut = EXPORT_TIME.exec(head);
  const cutFrom = cut ? cut.index : 0;
  const cutLength = cut ? cut[0].length : 0;
  const hashed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) - cutLength);
  let at = 0;
  parts.forEach((part, i) => {
    if (i === 0 && cutLength > 0) {
      hashed.set(part.subarray(0, cutFrom));
      hashed.set(part.subarray(cutFrom + cutLength), cutFrom);
      at = part.length - cutLength;
    } else {
      hashed.set(part, at);
      at += part.length;
    }
  });
  const digest = await crypto.subtle.digest('SHA-256', hashed);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fingerprint of a kept backup's JSON. */
export function backupFingerprint(json: string): Promise<string> {
  return fingerprintOf([new TextEncoder().encode(json)]);
}

/** How long one backup stops for the reviewer's work in all, before it goes on anyway. */
const MAX_HELD_MS = 2 * 60_000;

/** The pause between a backup's parts: about half a core; while `gate` is held, it waits (see background-pacing.ts). */
export function backupPacer(gate?: ForegroundGate): () => Promise<void> {
  return backgroundPacer({ restPerWork: 1, gate, maxHeldMs: MAX_HELD_MS });
}

/** A backup of every case (read by `readAll`, which may rest at `pace` too); null when there is no case to back up. */
export async function buildBackup(readAll: (pace: () => Promise<void>) => Promise<CaseContents[]>, pace: () => Promise<void> = backupPacer()): Promise<BuiltBackup | null> {
  const cases = await readAll(pace);
  if (cases.length === 0) return null;
  // Written and encoded a few hundred records at a time; the file and the fingerprint take the same bytes.
  const encoder = new TextEncoder();
  const parts: Bytes[] = [];
  for (const text of backupParts(cases)) {
    parts.push(encoder.encode(text));
    await pace();
  }
  const fingerprint = await fingerprintOf(parts);
  return { file: new Blob(parts, { type: 'application/json' }), fingerprint };
}
