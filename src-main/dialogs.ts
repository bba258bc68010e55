// Native dialogs: picking files or a folder to import, and choosing where an
// export or a PDF is saved. Reading and writing go through the bounded,
// atomic helpers so a bad pick gives a clear message and no partial file.
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { join } from 'node:path';
import type { OpenFilesRequest, OpenedFile, SaveFileResult } from './preload/contract';
import { writeFileAtomic } from './atomic-write';
import { DIALOG_TEXT } from './messages';
import { readFolder, readPickedFiles } from './picked-files';

function filtersFor(extensions: readonly string[]): FileFilter[] {
  if (extensions.length === 0) return [];
  return [
    { name: DIALOG_TEXT.filesFilterName, extensions: [...extensions] },
    { name: DIALOG_TEXT.allFilesFilterName, extensions: ['*'] },
  ];
}

export async function pickFiles(win: BrowserWindow, request: OpenFilesRequest): Promise<OpenedFile[]> {
  const result = await dialog.showOpenDialog(win, {
    title: request.title,
    properties: request.directory ? ['openDirectory'] : ['openFile', ...(request.multiple ? (['multiSelections'] as const) : [])],
    filters: request.directory ? [] : filtersFor(request.extensions),
  });
  if (result.canceled || result.filePaths.length === 0) return [];
  if (!request.directory) return readPickedFiles(result.filePaths);
  const files: OpenedFile[] = [];
  for (const folder of result.filePaths) files.push(...(await readFolder(folder, request.extensions)));
  return files;
}

/** Asks where to save (starting in Documents) and writes the data whole; { saved: false } when cancelled. */
export async function saveWithDialog(
  win: BrowserWindow,
  options: { title: string; suggestedName: string; extensions: readonly string[] },
  produce: () => Promise<string | Uint8Array> | string | Uint8Array,
): Promise<SaveFileResult> {
  const result = await dialog.showSaveDialog(win, {
    title: options.title,
    defaultPath: join(app.getPath('documents'), options.suggestedName),
    filters: filtersFor(options.extensions),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFileAtomic(result.filePath, await produce());
  return { saved: true, path: result.filePath };
}
