// Keeps one object for as long as its contents stay the same. Rows re-read from
// the database are new objects even when nothing in them changed; a live query
// or memoised work keyed on them would otherwise re-render or redo work for nothing.
import { useRef } from 'react';

interface Kept<T> {
  value: T;
  json: string | undefined;
}

/** The kept value when `value` serialises like it (leaving out fields named in `ignoring`, at any depth), else `value`, now kept. */
export function keepIfSame<T>(kept: { current: Kept<T> | null }, value: T, ignoring: readonly string[] = []): T {
  if (kept.current?.value === value) return value;
  const json = JSON.stringify(value, (key, v: unknown) => (ignoring.includes(key) ? undefined : v));
  if (!kept.current || kept.current.json !== json) kept.current = { value, json };
  return kept.current.value;
}

/** `value`, or the earlier value when the two serialise alike (plain data only), leaving out fields named in `ignoring`. */
export function useStableValue<T>(value: T, ignoring: readonly string[] = []): T {
  const kept = useRef<Kept<T> | null>(null);
  return keepIfSame(kept, value, ignoring);
}

/** A ref for keepIfSame inside a live query's function. */
export function useKept<T>() {
  return useRef<Kept<T> | null>(null);
}
