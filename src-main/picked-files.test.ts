import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFolder, readPickedFiles } from './picked-files';

// The seeds sit in `shared/` beside the repository (one level further up from a git worktree).
const seeds = [join(import.meta.dirname, '../../shared/seeds'), join(import.meta.dirname, '../../../shared/seeds')].find((d) => existsSync(d)) ?? '';
const text = (b: Uint8Array) => new TextDecoder().decode(b);
let root: string;

beforeEach(async () => {
  root = join(await mkdtemp(join(tmpdir(), 'factmark-pick-')), 'articles');
  await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
  await writeFile(join(root, 'a.html'), '<p>A</p>');
  await writeFile(join(root, 'b-sub', 'c.txt'), 'C');
  await writeFile(join(root, 'b-sub', 'deeper', 'd.md'), '# D');
  await writeFile(join(root, '.DS_Store'), 'junk');
  await symlink('/etc/hostname', join(root, 'link.txt'));
});

describe('readFolder', () => {
  it('reads every regular file below the folder, skipping hidden files and symlinks', async () => {
    const files = await readFolder(root, []);
    expect(files.map((f) => f.relativePath)).toEqual(['articles/a.html', 'articles/b-sub/c.txt', 'articles/b-sub/deeper/d.md']);
    expect(files.map((f) => text(f.bytes))).toEqual(['<p>A</p>', 'C', '# D']);
    expect(files[2].name).toBe('d.md');
  });

  it('keeps only the requested extensions', async () => {
    expect((await readFolder(root, ['TXT', 'md'])).map((f) => f.name)).toEqual(['c.txt', 'd.md']);
  });

  it('refuses a folder over the file count or total size, naming the limit', async () => {
    await expect(readFolder(root, [], { maxFileBytes: 100, maxFolderFiles: 2, maxFolderBytes: 1000 })).rejects.toThrow(/more than 2 files/);
    await expect(readFolder(root, [], { maxFileBytes: 100, maxFolderFiles: 10, maxFolderBytes: 9 })).rejects.toThrow(/add up to more than/);
    await expect(readFolder(root, [], { maxFileBytes: 4, maxFolderFiles: 10, maxFolderBytes: 1000 })).rejects.toThrow(/a\.html.*larger than/);
  });
});

describe('readPickedFiles', () => {
  it('reads the real seed files byte for byte', async () => {
    const names = (await readdir(seeds)).filter((n) => !n.startsWith('.')).slice(0, 3);
    const files = await readPickedFiles(names.map((n) => join(seeds, n)));
    expect(files.map((f) => f.relativePath)).toEqual(names);
    expect(files.every((f) => f.bytes.byteLength > 0)).toBe(true);
  });

  it('refuses a path that is not a file', async () => {
    await expect(readPickedFiles([root])).rejects.toThrow(/is not a file/);
  });
});
