// Runs work after the browser has presented the next frame: what the user
// acted on (a highlight just marked) reaches the screen first, and the
// re-rendering it causes elsewhere follows without holding that frame back.

/** Calls `work` once the next frame has been painted (a task queued from inside rAF runs after the paint). */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * Calls `work` after the next paint, once the thread has nothing more urgent
 * to do (the following frame, input, a write's database events) or after
 * `timeout` ms at the latest: for updates to what the user is not looking at.
 */
export function afterPaintWhenIdle(work: () => void, timeout = 150): void {
  afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
    else setTimeout(work, 0);
  });
}
