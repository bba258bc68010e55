// What the live stores of an open case share (its claims, its articles): they
// follow Dexie's storagemutated event, which names the keys a committed write
// touched, run loads and refreshes one after another, remember why the last
// read failed, and tell their listeners of each new snapshot.
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { FactmarkDb } from './db';

type Listener = () => void;

/** Changed primary keys of a table, or 'all' when a write touched a range of keys (a bulk write or a clear). */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): string[] | 'all' {
  const touched = parts[`idb://${dbName}/${table}/`];
  if (!touched) return [];
  const ids: string[] = [];
  // Parts merged from several writes arrive as plain interval trees; a RangeSet walks them.
  for (const node of new RangeSet().add(touched)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.push(node.from);
  }
  return ids;
}

export abstract class LiveCaseStore {
  private readonly listeners = new Set<Listener>();
  // Loads and refreshes run one after another, so a refresh never lands before the load it follows.
  private queue: Promise<void> = Promise.resolve();
  protected stopped = false;
  private lastFailure: unknown = null;
  private readonly onMutated = (parts: ObservabilitySet) => {
    let ids: string[] | 'all';
    try {
      ids = this.changedIds(parts);
    } catch {
      // Never throw into Dexie's listener chain (it would skip the listeners after this one).
      ids = 'all';
    }
    if (ids === 'all') this.enqueue(() => this.load());
    else if (ids.length > 0) this.enqueue(() => this.refresh(ids));
  };

  constructor(
    protected readonly db: FactmarkDb,
    readonly caseId: string,
    /** What the store holds, for the message when reading it fails. */
    private readonly what: string,
  ) {}

  /** The ids a committed write touched in this store's tables, or 'all' for a range. */
  protected abstract changedIds(parts: ObservabilitySet): string[] | 'all';
  /** Reads the whole store. */
  protected abstract load(): Promise<void>;
  /** Reads these ids again. */
  protected abstract refresh(ids: string[]): Promise<void>;

  /** Starts loading and following writes; the returned function stops both. */
  start(): () => void {
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.enqueue(() => this.load());
    return () => {
      this.stopped = true;
      Dexie.on('storagemutated').unsubscribe(this.onMutated);
    };
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Why the last read failed, or null when it succeeded (a later good read clears it). */
  readonly failure = (): unknown => this.lastFailure;

  /** Reads the whole store again: after a failed read, when the reviewer asks to try again. */
  retry(): void {
    this.lastFailure = null;
    this.notify();
    this.enqueue(() => this.load());
  }

  /** Resolves once every change seen so far has been applied (tests and callers that must read back). */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Tells the listeners a new snapshot is there. */
  protected notify(): void {
    for (const listener of this.listeners) listener();
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(() => (this.stopped ? undefined : step())).then(
      () => void (this.lastFailure = null),
      (error: unknown) => {
        // A failed read leaves the last good snapshot; the next write (or a retry) tries again.
        this.lastFailure = error;
        console.error(`Reading ${this.what} failed`, error);
        // Listeners hear of it too: a view still waiting for a first snapshot can say why it has none.
        this.notify();
      },
    );
  }
}
