// The browser's backup store: keeps the newest few, lists newest first, reads back exactly.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserBackupStore } from './browser-backups';

let n = 0;
function clock(start = Date.UTC(2026, 11, 1, 8, 30)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('browser backup store', () => {
  it('writes, lists newest first and reads a backup back exactly', async () => {
    const c = clock();
    const store = createBrowserBackupStore(`backups-${++n}`, 10, c.now);
    const first = await store.write(new Blob(['{"cases":["ä"]}\n']));
    c.advance(60_000);
    const second = await store.write(new Blob(['{"cases":[2]}\n']));
    expect(first).toEqual({ name: 'factmark-backup-20261201T083000000Z.json', createdAt: '2026-12-01T08:30:00.000Z', bytes: 17 });
    expect((await store.list()).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(await store.read(first.name)).toBe('{"cases":["ä"]}\n');
  });

  it('keeps only the newest backups, bodies included', async () => {
    const c = clock();
    const store = createBrowserBackupStore(`backups-${++n}`, 3, c.now);
    const written = [];
    for (let i = 0; i < 5; i++) {
      written.push(await store.write(new Blob([`{"i":${i}}`])));
      c.advance(1000);
    }
    expect((await store.list()).map((b) => b.name)).toEqual([written[4].name, written[3].name, written[2].name]);
    await expect(store.read(written[0].name)).rejects.toThrow(/no longer kept/);
    expect(await store.read(written[2].name)).toBe('{"i":2}');
  });

  it('gives two backups of the same millisecond distinct names, the later one first', async () => {
    const store = createBrowserBackupStore(`backups-${++n}`, 10, clock().now);
    const a = await store.write(new Blob(['a']));
    const b = await store.write(new Blob(['b']));
    expect(b.name).toBe(a.name.replace('.json', '-1.json'));
    expect((await store.list()).map((x) => x.name)).toEqual([b.name, a.name]);
  });
});
