// The real dependencies of the command-line tool under Node: files on disk,
// the console, the app's importers over jsdom and pdf.js, and its anchor locator.
import { readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { createNodeImportDeps } from './node-import-deps';
import { locateAnchor } from '../core/anchoring/locate';
import type { CliDeps } from './cli-deps';

export function nodeDeps(): CliDeps {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    async writeFile(path, text) {
      const temporary = `${path}.${process.pid}.partial`;
      try {
        await writeFile(temporary, text, 'utf8');
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
    async kind(path) {
      try {
        const s = await stat(path);
        return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
      } catch {
        return null;
      }
    },
    listDir: (path) => readdir(path),
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    now: () => new Date().toISOString(),
    locate: locateAnchor,
    importDeps: () => createNodeImportDeps(),
  };
}
