// Imports many files one after another with progress and cancellation. Nothing
// is stored here: the caller gets every result and commits the drafts it wants,
// so a cancelled import leaves no trace once the caller discards the results.
import { importFile } from './import-file';
import type { ImportDeps, ImportFile, ImportFileResult, ImportOptions } from './types';

export interface ImportProgress {
  done: number;
  total: number;
  /** Name of the file being read; '' once all are done. */
  current: string;
}

export interface ImportFilesOptions extends ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** An AbortSignal (only `aborted` is read). */
  signal?: { readonly aborted: boolean };
}

export interface ImportFilesResult {
  /** One result per file read before a cancellation, in the given order. */
  results: ImportFileResult[];
  aborted: boolean;
}

/** How long files are read before the interface gets a turn to paint progress
 *  and take a Cancel click: the longest task that does not yet feel slow to
 *  input. Yielding after every file made batches of small pages much slower. */
const YIELD_EVERY_MS = 50;

/** A new task. Not setTimeout: browsers hold nested timers back 4 ms or more. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener('message', () => {
      // A port left open would keep Node running.
      port1.close();
      resolve();
    });
    port1.start();
    port2.postMessage(null);
  });
}

export async function importFiles(files: readonly ImportFile[], deps: ImportDeps, options: ImportFilesOptions = {}): Promise<ImportFilesResult> {
  const { onProgress, signal, ...importOptions } = options;
  const results: ImportFileResult[] = [];
  let lastTurn = Date.now();
  for (const file of files) {
    if (signal?.aborted) return { results, aborted: true };
    onProgress?.({ done: results.length, total: files.length, current: file.name });
    results.push(await importFile(file, deps, importOptions));
    if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
      await nextTurn();
      lastTurn = Date.now();
    }
  }
  if (signal?.aborted) return { results, aborted: true };
  onProgress?.({ done: files.length, total: files.length, current: '' });
  return { results, aborted: false };
}
