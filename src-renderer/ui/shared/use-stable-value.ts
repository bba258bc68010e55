// Keeps one object for as long as its contents stay the same. Rows re-read from
// the database are new objects even when nothing in them changed; memoised
// work keyed on them would otherwise be redone for nothing.
import { useRef } from 'react';

/**
 * `value`, or the earlier value when the two serialise alike (plain data
 * only), leaving out the fields named in `ignoring` (at any depth).
 */
export function useStableValue<T>(value: T, ignoring: readonly string[] = []): T {
  const kept = useRef<{ value: T; json: string | undefined } | null>(null);
  if (!kept.current || kept.current.value !== value) {
    const json = JSON.stringify(value, (key, v: unknown) => (ignoring.includes(key) ? undefined : v));
    if (!kept.current || kept.current.json !== json) kept.current = { value, json };
  }
  return kept.current!.value;
}
