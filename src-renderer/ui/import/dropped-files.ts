// Reads files dropped on the window, walking into dropped folders, so a drop
// imports exactly what a folder pick would.
import type { ImportFile } from '../../core/import';

const MAX_DROPPED_FILES = 2000;

async function readEntry(entry: FileSystemEntry, prefix: string, out: ImportFile[]): Promise<void> {
  if (out.length >= MAX_DROPPED_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name: file.name, relativePath: prefix + file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return;
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns the folder in batches until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await readEntry(child, `${prefix}${entry.name}/`, out);
    }
  }
}

export async function readDroppedFiles(data: DataTransfer): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  const entries = Array.from(data.items)
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length) {
    for (const e of entries) await readEntry(e, '', out);
    return out;
  }
  for (const f of Array.from(data.files)) out.push({ name: f.name, relativePath: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}
