// The reviewer's input, for background work that steps aside while they work:
// the automatic backups wait for a pause, and workers indexing a case are held
// (background-pacing.ts) until one.

/**
 * The reviewer's input anywhere in the window (captured, so no handler can hide
 * it): keys, pointer presses and wheel; and clicks and text input, which come
 * without a key or pointer event from a screen reader's activation, dictation
 * or a pasted text.
 */
export function onReviewerInput(listener: () => void): () => void {
  const events = ['keydown', 'pointerdown', 'wheel', 'click', 'input'] as const;
  for (const e of events) window.addEventListener(e, listener, { capture: true, passive: true });
  return () => {
    for (const e of events) window.removeEventListener(e, listener, { capture: true });
  };
}

/**
 * Calls `hold(true)` at the reviewer's input and `hold(false)` once they have
 * paused for `quietMs`; returns the unsubscribe function (which releases).
 */
export function holdWhileReviewerWorks(hold: (held: boolean) => void, quietMs: number, subscribe: (listener: () => void) => () => void = onReviewerInput): () => void {
  let quiet: ReturnType<typeof setTimeout> | null = null;
  const release = () => {
    if (quiet === null) return;
    clearTimeout(quiet);
    quiet = null;
    hold(false);
  };
  const unsubscribe = subscribe(() => {
    if (quiet === null) hold(true);
    else clearTimeout(quiet);
    quiet = setTimeout(release, quietMs);
  });
  return () => {
    unsubscribe();
    release();
  };
}
