// Runs work after the browser has presented the next frame: what the user
// acted on (a highlight just marked) reaches the screen first, and the
// re-rendering it causes elsewhere follows without holding that frame back.

/** Calls `work` once the next frame has been painted (a task queued from inside rAF runs after the paint). */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}
