// Bringing case files into the app: read a bundle or a backup from bytes, find
// which incoming cases are already here, and decide what to write for the
// reviewer's choice (keep both gives the copy new ids; replace overwrites).
import type { CaseContents } from '../../core/model';
import { readBackup, readBundle, reIdContents, type ReadResult } from '../../core/export/bundle';

export type ConflictChoice = 'keep-both' | 'replace';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

export function readCaseFile(bytes: Uint8Array): ReadResult<{ cases: CaseContents[] }> {
  const read = readBundle(decode(bytes));
  return read.ok ? { ok: true, cases: [read.contents] } : read;
}

export function readBackupFile(bytes: Uint8Array): ReadResult<{ cases: CaseContents[] }> {
  const read = readBackup(decode(bytes));
  return read.ok ? { ok: true, cases: read.cases } : read;
}

/** The incoming cases whose id is already taken. */
export function conflicting(incoming: readonly CaseContents[], existingIds: ReadonlySet<string>): CaseContents[] {
  return incoming.filter((c) => existingIds.has(c.case.id));
}

/** The cases to write: conflicting ones re-identified ("keep both") or as they are ("replace"). */
export function casesToWrite(incoming: readonly CaseContents[], existingIds: ReadonlySet<string>, choice: ConflictChoice): CaseContents[] {
  if (choice === 'replace') return [...incoming];
  return incoming.map((c) => (existingIds.has(c.case.id) ? reIdContents(c) : c));
}
