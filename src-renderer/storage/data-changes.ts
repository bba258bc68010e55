// Tells when the case data of a database changed: any committed write to a
// case table (settings such as the open case or the theme do not count). Built
// on Dexie's global 'storagemutated' event, which carries no data, only which
// tables and keys a committed transaction touched.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { FactmarkDb } from './db';

/** Calls `listener` after each committed write to the case tables of `db`; returns the unsubscribe function. */
export function onCaseDataChanged(db: FactmarkDb, listener: () => void): () => void {
  const prefixes = db.caseTables().map((t) => `idb://${db.name}/${t.name}/`);
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}
