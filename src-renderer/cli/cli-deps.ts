// What the command-line tool needs from the outside world, injected so the
// commands run in tests over an in-memory file system.
import type { Timestamp } from '../core/model';
import type { ImportDeps } from '../core/import/types';
import type { LocateFn } from '../core/export/web-annotation-import';

export type PathKind = 'file' | 'dir' | null;

export interface CliDeps {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the whole text or nothing (temporary file, then rename). */
  writeFile(path: string, text: string): Promise<void>;
  kind(path: string): Promise<PathKind>;
  /** Entry names of a folder. */
  listDir(path: string): Promise<string[]>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Timestamp;
  locate: LocateFn;
  /** The parsers' DOM and PDF dependencies, made on first use (they are costly to set up). */
  importDeps: () => ImportDeps;
}
