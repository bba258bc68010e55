// How a worker's background work (a backup, indexing a case) shares the
// machine with the reviewer: it works in short slices and rests after each
// (on a two-core laptop the screen, the database and the painting keep the
// rest), and while the UI thread says the reviewer is at work it stops at its
// next pause until they pause (reviewer-input.ts holds and releases it).

/** Work this long, then rest. */
const SLICE_MS = 8;

/** What the UI thread tells a worker (one-way, no answer): the reviewer is at work, or has paused. */
export type ForegroundNotice = { type: 'hold' } | { type: 'release' };

/** The notice saying whether to hold. */
export const foregroundNotice = (held: boolean): ForegroundNotice => ({ type: held ? 'hold' : 'release' });

/** Whether the reviewer is at work, as the UI thread last told this worker. */
export class ForegroundGate {
  private held = false;
  private readonly waiting = new Set<() => void>();

  get isHeld(): boolean {
    return this.held;
  }

  hold(): void {
    this.held = true;
  }

  /** Applies `message` if it is a ForegroundNotice; says whether it was (other messages are the worker's own). */
  apply(message: unknown): message is ForegroundNotice {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'hold') this.hold();
    else if (type === 'release') this.release();
    else return false;
    return true;
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

export interface PacerOptions {
  /** Rest this many times as long as each slice worked: 1 takes about half a core, 3 a quarter. */
  restPerWork: number;
  /** While held, the work waits for the release... */
  gate?: ForegroundGate;
  /** ...at most this long in all (for one piece of work, one pacer), so a reviewer who never pauses still gets it done. */
  maxHeldMs?: number;
  now?: () => number;
  rest?: (ms: number) => Promise<void>;
}

/**
 * The pause to await between a piece of work's parts: resolves at once while
 * the current slice is short; after a slice, rests; while the gate is held,
 * waits for its release instead.
 */
export function backgroundPacer({ restPerWork, gate, maxHeldMs = 0, now = () => performance.now(), rest = (ms) => new Promise<void>((resume) => setTimeout(resume, ms)) }: PacerOptions): () => Promise<void> {
  let since = now();
  let heldFor = 0;
  return async () => {
    if (gate?.isHeld && heldFor < maxHeldMs) {
      const from = now();
      await gate.whenReleased(maxHeldMs - heldFor);
      heldFor += now() - from;
      since = now();
      return;
    }
    const worked = now() - since;
    if (worked < SLICE_MS) return;
    await rest(worked * restPerWork);
    since = now();
  };
}
