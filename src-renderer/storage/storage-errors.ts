// Tells a full disk apart from other storage failures. IndexedDB reports it as
// a DOMException 'QuotaExceededError'; Dexie passes it on under the same name,
// or wraps it as the `inner` cause of an aborted transaction, or inside the
// `failures` of a bulk write. Every write runs in a transaction, so a failed
// write leaves what was saved before it untouched.

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
  cause?: unknown;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Whether `error` (or an error it wraps) means the browser's storage is full. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorLike;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}
