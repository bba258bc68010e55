// App-level undo and redo of claim operations (marking, deleting, editing).
// Each entry knows how to reverse itself and how to apply itself again.

export interface UndoEntry {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
    this.emit();
  }

  async undo(): Promise<UndoEntry | null> {
    const e = this.done.pop();
    if (!e) return null;
    await e.undo();
    this.undone.push(e);
    this.emit();
    return e;
  }

  async redo(): Promise<UndoEntry | null> {
    const e = this.undone.pop();
    if (!e) return null;
    await e.redo();
    this.done.push(e);
    this.emit();
    return e;
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
