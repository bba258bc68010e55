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

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function importFiles(files: readonly ImportFile[], deps: ImportDeps, options: ImportFilesOptions = {}): Promise<ImportFilesResult> {
  const { onProgress, signal, ...importOptions } = options;
  const results: ImportFileResult[] = [];
  for (const file of files) {
    if (signal?.aborted) return { results, aborted: true };
    onProgress?.({ done: results.length, total: files.length, current: file.name });
    results.push(await importFile(file, deps, importOptions));
    // Lets the interface paint progress and a Cancel click arrive between files.
    await nextTurn();
  }
  if (signal?.aborted) return { results, aborted: true };
  onProgress?.({ done: files.length, total: files.length, current: '' });
  return { results, aborted: false };
}
