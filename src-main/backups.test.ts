import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupFileName, listBackups, readBackup, writeBackup } from './backups';

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'factmark-backups-')), 'backups');
});

describe('backups', () => {
  it('names a backup after its time', () => {
    expect(backupFileName(new Date('2026-12-01T08:30:00.123Z'))).toBe('factmark-backup-20261201T083000123Z.json');
    expect(backupFileName(new Date('2026-12-01T08:30:00.123Z'), 2)).toBe('factmark-backup-20261201T083000123Z-2.json');
  });

  it('writes, lists newest first and reads back', async () => {
    const first = await writeBackup(dir, '{"cases":[1]}', new Date('2026-12-01T08:00:00.000Z'));
    const second = await writeBackup(dir, '{"cases":[2]}', new Date('2026-12-01T09:00:00.000Z'));
    expect(first).toEqual({ name: 'factmark-backup-20261201T080000000Z.json', createdAt: '2026-12-01T08:00:00.000Z', bytes: 13 });
    expect((await listBackups(dir)).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(await readBackup(dir, first.name)).toBe('{"cases":[1]}');
  });

  it('keeps two backups made in the same millisecond', async () => {
    const at = new Date('2026-12-01T08:00:00.000Z');
    const a = await writeBackup(dir, '{}', at);
    const b = await writeBackup(dir, '{"b":1}', at);
    expect(a.name).not.toBe(b.name);
    expect(await readBackup(dir, b.name)).toBe('{"b":1}');
  });

  it(`keeps only the newest ${BACKUPS_KEPT}`, async () => {
    for (let i = 0; i < BACKUPS_KEPT + 3; i += 1) await writeBackup(dir, `{"n":${i}}`, new Date(Date.UTC(2026, 11, 1, 8, i)));
    const list = await listBackups(dir);
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(await readBackup(dir, list[0].name)).toBe(`{"n":${BACKUPS_KEPT + 2}}`);
    expect(list.at(-1)?.createdAt).toBe('2026-12-01T08:03:00.000Z');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores foreign files and refuses names outside the pattern', async () => {
    await writeBackup(dir, '{}', new Date('2026-12-01T08:00:00.000Z'));
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(await listBackups(dir)).toHaveLength(1);
    await expect(readBackup(dir, 'notes.txt')).rejects.toThrow(/No backup named/);
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow(/No backup named/);
    await expect(readBackup(dir, 'factmark-backup-20991201T080000000Z.json')).rejects.toThrow(/No backup named/);
  });

  it('lists nothing before the first backup', async () => {
    expect(await listBackups(join(dir, 'missing'))).toEqual([]);
  });
});
