// The inspector's "Saving…/Saved" indicator: fields report while an edit
// waits to be written; the indicator reads "Saved" when none is pending.
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';

export class SaveTracker {
  private pending = new Set<string>();
  private listeners = new Set<() => void>();

  set(key: string, saving: boolean): void {
    const had = this.pending.has(key);
    if (saving === had) return;
    if (saving) this.pending.add(key);
    else this.pending.delete(key);
    for (const fn of this.listeners) fn();
  }

  /** Marks `key` as saving until the promise settles. */
  async track<T>(key: string, work: Promise<T>): Promise<T> {
    this.set(key, true);
    try {
      return await work;
    } finally {
      this.set(key, false);
    }
  }

  isSaving = (): boolean => this.pending.size > 0;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
}

export const SaveContext = createContext<SaveTracker | null>(null);

/** A tracker for one panel; `pending` (a write already under way) shows as saving from the first render. */
export function useNewSaveTracker(pending?: Promise<unknown>): SaveTracker {
  return useMemo(() => {
    const tracker = new SaveTracker();
    if (pending) void tracker.track('create', pending);
    return tracker;
    // Only the write under way when the panel opens counts; later ones are tracked by the fields.
  }, []);
}

export function useSaveTracker(): SaveTracker {
  const t = useContext(SaveContext);
  if (!t) throw new Error('useSaveTracker outside SaveContext');
  return t;
}

export function useIsSaving(tracker: SaveTracker): boolean {
  return useSyncExternalStore(tracker.subscribe, tracker.isSaving);
}
