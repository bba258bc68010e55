// Reads what the user picked in the open dialog: single files, or every file
// under a folder (hidden files and symlinks skipped, bounded by count and size)
// so an accidental pick of a home folder fails fast with a clear message.
import { lstat, opendir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OpenedFile } from './preload/contract';
import { ERRORS } from './messages';

const MB = 1024 * 1024;

export interface ReadLimits {
  maxFileBytes: number;
  maxFolderFiles: number;
  maxFolderBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 64 * MB, maxFolderFiles: 2000, maxFolderBytes: 512 * MB };

function matchesExtensions(name: string, extensions: readonly string[]): boolean {
  if (extensions.length === 0) return true;
  const ext = extname(name).slice(1).toLowerCase();
  return extensions.some((e) => e.toLowerCase() === ext);
}

/** Reads one regular file whole, refusing anything over the size limit. */
export async function readOneFile(path: string, relativePath: string, maxBytes: number): Promise<OpenedFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(ERRORS.notAFile(basename(path)));
  if (info.size > maxBytes) throw new Error(ERRORS.fileTooLarge(basename(path), Math.round(maxBytes / MB)));
  const bytes = new Uint8Array(await readFile(path));
  // The file may have grown since stat(): check what was actually read.
  if (bytes.byteLength > maxBytes) throw new Error(ERRORS.fileTooLarge(basename(path), Math.round(maxBytes / MB)));
  return { name: basename(path), relativePath, bytes };
}

export async function readPickedFiles(paths: readonly string[], limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  for (const path of paths) files.push(await readOneFile(path, basename(path), limits.maxFileBytes));
  return files;
}

/** Paths (relative, with "/") of the regular files under root, in a stable order. */
async function listFolder(root: string, extensions: readonly string[], limits: ReadLimits): Promise<{ relative: string; size: number }[]> {
  const found: { relative: string; size: number }[] = [];
  let total = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = [];
    for await (const entry of await opendir(dir)) entries.push(entry);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const full = join(dir, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(full, relative);
      } else if (entry.isFile() && matchesExtensions(entry.name, extensions)) {
        const { size } = await lstat(full);
        if (size > limits.maxFileBytes) throw new Error(ERRORS.fileTooLarge(relative, Math.round(limits.maxFileBytes / MB)));
        total += size;
        if (found.length >= limits.maxFolderFiles) throw new Error(ERRORS.folderTooManyFiles(limits.maxFolderFiles));
        if (total > limits.maxFolderBytes) throw new Error(ERRORS.folderTooLarge(Math.round(limits.maxFolderBytes / MB)));
        found.push({ relative, size });
      }
    }
  };
  await walk(root, '');
  return found;
}

/** Reads every matching file under root; nothing is returned unless all of it fits the limits. */
export async function readFolder(root: string, extensions: readonly string[], limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<OpenedFile[]> {
  const listed = await listFolder(root, extensions, limits);
  const files: OpenedFile[] = [];
  for (const { relative } of listed) {
    files.push(await readOneFile(join(root, ...relative.split('/')), `${basename(root)}/${relative}`, limits.maxFileBytes));
  }
  return files;
}
