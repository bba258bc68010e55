// The automatic backups: one backup of every case shortly after start, then at
// most once per interval while the case data changed since the last one. One
// backup is written at a time; a backup identical to the newest kept one is
// not written again (so reopening the app does not push older backups out).
// Building a backup reads, serialises and hashes every case (seconds on a large
// one): it waits for a pause in the reviewer's work (no input and no write for
// a few seconds), and one under way stops while they are back at work, so
// marking, searching or sorting never competes with it.
import type { BackupInfo, BackupStore } from '../../host';
import type { BuiltBackup } from './backup-build';

export const FIRST_BACKUP_DELAY_MS = 10_000;
export const BACKUP_INTERVAL_MS = 10 * 60_000;
/** A pause this long in input and writes lets a due backup start. */
export const QUIET_MS = 3_000;
/** A due backup waits for a pause at most this long, then runs anyway. */
export const MAX_WAIT_FOR_QUIET_MS = 2 * 60_000;

export interface BackupSchedulerDeps {
  /** A backup of every case, read as one consistent moment (null when there is none): the app builds it in a worker. */
  build(): Promise<BuiltBackup | null>;
  /** The fingerprint of a kept backup's text (see backup-build.ts). */
  fingerprint(json: string): Promise<string>;
  store: BackupStore;
  /** Subscribes to committed changes of the case data; returns the unsubscribe function. */
  onDataChanged(listener: () => void): () => void;
  /** A backup could not be made (storage full, disk error); the data itself is untouched. */
  onFailed(error: unknown): void;
  /**
   * Where the newest backup's name and fingerprint are remembered: comparing
   * with a backup read back would unpack tens of megabytes on the UI thread.
   */
  newestBackup?: { get(): Promise<NewestBackup | null>; set(newest: NewestBackup): Promise<void> };
  /**
   * Where "the data may differ from the newest backup" is kept across runs:
   * a start after none makes no backup, where building one of a large case
   * to compare would take seconds of background work on every start.
   */
  backupDue?: { get(): Promise<boolean>; set(due: boolean): Promise<void> };
  /** Subscribes to the reviewer's input (keys, pointer); returns the unsubscribe function. */
  onActivity?(listener: () => void): () => void;
  /** Stops (true) or resumes (false) the automatic backup being built: it is held while the reviewer is at work. */
  holdBuild?(held: boolean): void;
  /**
   * Gets the builder ready (the worker started, the database open) ahead of
   * the first backup due, in an idle moment: otherwise a backup's start, at the
   * end of the reviewer's pause, would cost the next thing they do.
   */
  prepare?(): void;
  firstDelayMs?: number;
  intervalMs?: number;
  quietMs?: number;
  maxWaitForQuietMs?: number;
}

export interface NewestBackup {
  name: string;
  fingerprint: string;
}

export type BackupOutcome =
  | { kind: 'written'; info: BackupInfo }
  | { kind: 'unchanged' }
  | { kind: 'no-cases' }
  | { kind: 'failed'; error: unknown };

export class BackupScheduler {
  /** True at start (unless the stored flag says otherwise): the data may differ from the newest kept backup. */
  private changed = true;
  /** Whether the data changed while this scheduler ran. */
  private changedThisRun = false;
  /** The stored "backup due" flag, as last read or written; null until known. */
  private dueStored: boolean | null = null;
  private running: Promise<BackupOutcome> | null = null;
  /** Fingerprint of the newest kept backup; null until known. */
  private newest: string | null = null;
  private readonly written = new Set<(info: BackupInfo) => void>();
  private teardown: (() => void) | null = null;
  /** Pending while the reviewer is at work: fires once input and writes have paused. */
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set while a due backup waits for a pause: fires when it has waited long enough. */
  private waitTimer: ReturnType<typeof setTimeout> | null = null;
  /** An automatic backup is being built that the reviewer's work may hold (not one that already waited long enough). */
  private mayHold = false;
  /** The build is held now. */
  private holding = false;
  private prepared = false;

  constructor(private readonly deps: BackupSchedulerDeps) {}

  start(): void {
    if (this.teardown) return;
    const unsubscribe = this.deps.onDataChanged(() => {
      this.changed = true;
      this.changedThisRun = true;
      this.storeDue(true);
      this.noteActivity();
      this.prepare();
    });
    const dueAtStart = this.deps.backupDue?.get() ?? Promise.resolve(true);
    void dueAtStart.then(
      (due) => {
        this.dueStored ??= due;
        // Nothing changed since the newest backup: not in an earlier run, not in this one so far.
        if (!due && !this.changedThisRun) this.changed = false;
        if (this.changed) this.prepare();
      },
      () => this.prepare(),
    );
    const unsubscribeInput = this.deps.onActivity?.(() => this.noteActivity());
    const first = setTimeout(() => this.tick(), this.deps.firstDelayMs ?? FIRST_BACKUP_DELAY_MS);
    const every = setInterval(() => this.tick(), this.deps.intervalMs ?? BACKUP_INTERVAL_MS);
    this.teardown = () => {
      unsubscribe();
      unsubscribeInput?.();
      clearTimeout(first);
      clearInterval(every);
      this.clearWaiting();
      if (this.quietTimer) clearTimeout(this.quietTimer);
      this.quietTimer = null;
      this.setHolding(false);
    };
  }

  stop(): void {
    this.teardown?.();
    this.teardown = null;
  }

  /** Calls `listener` after each backup written; returns the unsubscribe function. */
  onWritten(listener: (info: BackupInfo) => void): () => void {
    this.written.add(listener);
    return () => this.written.delete(listener);
  }

  /** The reviewer's "Back up now": always writes, after any backup still being written. */
  backupNow(): Promise<BackupOutcome> {
    const before = this.running ?? Promise.resolve();
    return this.track(before.then(() => this.backUp(true)));
  }

  private prepare(): void {
    // Not once stopped: an answer about the stored flag may come after.
    if (this.prepared || !this.teardown) return;
    this.prepared = true;
    this.deps.prepare?.();
  }

  private noteActivity(): void {
    if (this.mayHold) this.setHolding(true);
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = null;
      this.setHolding(false);
      if (this.waitTimer) this.tick();
    }, this.deps.quietMs ?? QUIET_MS);
  }

  private setHolding(held: boolean): void {
    if (this.holding === held) return;
    this.holding = held;
    this.deps.holdBuild?.(held);
  }

  /** A due backup starts now if the reviewer has paused, else at the pause (or after waiting long enough). */
  private tick(force = false): void {
    if (!this.changed || this.running) return;
    if (this.quietTimer && !force) {
      this.waitTimer ??= setTimeout(() => this.tick(true), this.deps.maxWaitForQuietMs ?? MAX_WAIT_FOR_QUIET_MS);
      return;
    }
    this.clearWaiting();
    // One that waited long enough for a pause is not held again.
    void this.track(this.backUp(false, !force));
  }

  private clearWaiting(): void {
    if (this.waitTimer) clearTimeout(this.waitTimer);
    this.waitTimer = null;
  }

  private track(job: Promise<BackupOutcome>): Promise<BackupOutcome> {
    this.running = job;
    void job.finally(() => {
      if (this.running === job) this.running = null;
    });
    return job;
  }

  private async backUp(always: boolean, holdable = false): Promise<BackupOutcome> {
    // Changes committed from here on make the next backup.
    const wasChanged = this.changed;
    this.changed = false;
    try {
      this.mayHold = holdable;
      const built = await this.deps.build().finally(() => {
        this.mayHold = false;
        this.setHolding(false);
      });
      if (!built) return { kind: 'no-cases' };
      if (!always && built.fingerprint === (await this.newestFingerprint())) return this.upToDate({ kind: 'unchanged' });
      const info = await this.deps.store.write(built.file);
      this.newest = built.fingerprint;
      this.remember({ name: info.name, fingerprint: built.fingerprint });
      for (const listener of this.written) listener(info);
      return this.upToDate({ kind: 'written', info });
    } catch (error) {
      // Nothing was lost: try again at the next interval.
      this.changed ||= wasChanged;
      this.deps.onFailed(error);
      return { kind: 'failed', error };
    }
  }

  private async newestFingerprint(): Promise<string> {
    if (this.newest === null) {
      const [latest] = await this.deps.store.list();
      const remembered = latest && (await this.deps.newestBackup?.get().catch(() => null));
      if (!latest) this.newest = '';
      else if (remembered?.name === latest.name) this.newest = remembered.fingerprint;
      else {
        // Kept from before fingerprints were remembered (or the record is lost): read it back once.
        // An unreadable newest backup counts as different: a fresh one is written.
        this.newest = await this.deps.store.read(latest.name).then((json) => this.deps.fingerprint(json), () => '');
        if (this.newest) this.remember({ name: latest.name, fingerprint: this.newest });
      }
    }
    return this.newest;
  }

  /** The newest backup holds the data as it was read: no longer due, unless a change came meanwhile. */
  private upToDate(outcome: BackupOutcome): BackupOutcome {
    if (!this.changed) this.storeDue(false);
    return outcome;
  }

  private storeDue(due: boolean): void {
    if (this.dueStored === due || !this.deps.backupDue) return;
    this.dueStored = due;
    // Writes to the flag commit in the order they are made: the last one stands.
    void this.deps.backupDue.set(due).catch(() => (this.dueStored = null));
  }

  private remember(newest: NewestBackup): void {
    // Only an optimisation: without the record the next start reads the backup back.
    void this.deps.newestBackup?.set(newest).catch(() => undefined);
  }
}
