// `.factmark` case files the OS hands to the app (command line at start, a
// second launch, macOS open-file): finding them in argv, reading them with a
// size limit, and holding them until the renderer says it can take them.
import { isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from './preload/contract';
import { readOneFile } from './picked-files';

export const CASE_FILE_EXTENSION = 'factmark';
export const MAX_CASE_FILE_BYTES = 256 * 1024 * 1024;

/** Absolute paths of the case files named on a command line; flags and the executable are ignored. */
export function caseFilePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${CASE_FILE_EXTENSION}`))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

export function readCaseFile(path: string): Promise<OpenedFile> {
  return readOneFile(path, path.split(/[\\/]/).pop() ?? path, MAX_CASE_FILE_BYTES);
}

/** Delivers case files to the renderer, queueing them while it is not (yet, or again) ready. */
export class CaseFileInbox {
  private queue: OpenedFile[] = [];
  private ready = false;

  constructor(private readonly deliver: (file: OpenedFile) => void) {}

  receive(file: OpenedFile): void {
    if (this.ready) this.deliver(file);
    else this.queue.push(file);
  }

  markReady(): void {
    this.ready = true;
    const pending = this.queue;
    this.queue = [];
    for (const file of pending) this.deliver(file);
  }

  /** The page reloaded: its listeners are gone until it says it is ready again. */
  markNotReady(): void {
    this.ready = false;
  }
}
