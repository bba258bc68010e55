// What a virtualised view listens to: its scroll offset and its size.

/** Calls `update` now, after every scroll of `el` and every change of its size; returns the function that stops. */
export function followScrollAndSize(el: HTMLElement, update: () => void): () => void {
  update();
  el.addEventListener('scroll', update, { passive: true });
  const resized = new ResizeObserver(update);
  resized.observe(el);
  return () => {
    el.removeEventListener('scroll', update);
    resized.disconnect();
  };
}
