// Making one automatic backup's file: every case as one backup JSON, and a
// fingerprint of its data (without the export time) to tell whether it
// differs from the newest kept backup. Runs in the backup worker, so the
// megabytes of a large case are read, serialised and hashed off the UI thread;
// and it rests between parts, so a backup takes at most about half a core and
// the screen's own work keeps the other (on a two-core laptop, all of it);
// while the reviewer is at work it stops between parts altogether.
import type { CaseContents } from '../../core/model';
import { backupParts } from '../../core/export/bundle';

export interface BuiltBackup {
  /** The backup JSON as a file: a Blob crosses to the UI thread and into storage by reference, where tens of megabytes of text would be copied and encoded on it. */
  file: Blob;
  fingerprint: string;
}

type Bytes = Uint8Array<ArrayBuffer>;

const EXPORT_TIME = /"exportedAt":\s*"[^"]*"/;
/** The export time is among the first fields of a backup: it is looked for in its opening bytes. */
const HEAD_BYTES = 512;
/** Work this long, then rest as long. */
const SLICE_MS = 8;

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

/** How long one backup stops for the reviewer's work in all, before it goes on at half a core anyway. */
export const MAX_HELD_MS = 2 * 60_000;

/**
 * Whether the reviewer is at work (told by the UI thread): a backup being
 * built stops between its parts while they are, so it takes neither a core
 * nor the database from what they do.
 */
export class ForegroundGate {
  private held = false;
  private readonly waiting = new Set<() => void>();

  get isHeld(): boolean {
    return this.held;
  }

  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    for (const resume of this.waiting) resume();
    this.waiting.clear();
  }

  /** Resolves at the release, or after `ms`. */
  whenReleased(ms: number): Promise<void> {
    if (!this.held) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiting.add(done);
    });
  }
}

/**
 * The pause between a backup's parts: resolves at once while the current slice
 * of work is short; after a slice, rests as long as it worked; while `gate` is
 * held, waits for its release (at most `maxHeldMs` over the whole backup, so
 * a reviewer who never pauses still gets their backup).
 */
export function halfCorePacer(
  now: () => number = () => performance.now(),
  rest = (ms: number) => new Promise<void>((resume) => setTimeout(resume, ms)),
  gate?: ForegroundGate,
  maxHeldMs = MAX_HELD_MS,
) {
  let since = now();
  let heldFor = 0;
  return async (): Promise<void> => {
    if (gate?.isHeld && heldFor < maxHeldMs) {
      const from = now();
      await gate.whenReleased(maxHeldMs - heldFor);
      heldFor += now() - from;
      since = now();
      return;
    }
    const worked = now() - since;
    if (worked < SLICE_MS) return;
    await rest(worked);
    since = now();
  };
}

/** A backup of every case (read by `readAll`, which may rest at `pace` too); null when there is no case to back up. */
export async function buildBackup(readAll: (pace: () => Promise<void>) => Promise<CaseContents[]>, pace: () => Promise<void> = halfCorePacer()): Promise<BuiltBackup | null> {
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
