// The backup scheduler over real storage (fake-indexeddb) and the browser's
// backup store, with fake timers: when it backs up, when it does not, and
// what a failed backup leaves behind.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FactmarkDb, onCaseDataChanged, openRepositories, type Repositories } from '../../storage';
import { createBrowserBackupStore } from '../../host/browser-backups';
import type { BackupStore } from '../../host';
import { parseSeedArticle } from '../../core/seed-format';
import { describeAnchor } from '../../core/anchoring/describe';
import { readBackup } from '../../core/export/bundle';
import { backupFingerprint, buildBackup } from './backup-build';
import { BACKUP_INTERVAL_MS, BackupScheduler, FIRST_BACKUP_DELAY_MS, MAX_WAIT_FOR_QUIET_MS, QUIET_MS, type BackupSchedulerDeps } from './backup-scheduler';

const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seeds/000_9044352e4e2fc21f.txt'), 'utf8');

let repos: Repositories;
let store: BackupStore;
let n = 0;
let scheduler: BackupScheduler | null = null;
// The scheduler's timers are fake here: building a backup does not rest between its parts.
const noRest = async () => undefined;

beforeEach(async () => {
  // Only the scheduler's clocks are fake; IndexedDB (setImmediate) runs for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  repos = openRepositories(new FactmarkDb(`scheduler-${++n}`));
  await repos.db.open();
  store = createBrowserBackupStore(`scheduler-backups-${n}`);
});
afterEach(async () => {
  scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
  await repos.db.delete();
});

async function seededCase() {
  const c = await repos.cases.create('Trump and Putin at APEC');
  const parsed = parseSeedArticle(seed);
  const [article] = await repos.articles.addMany(c.id, [{ title: parsed.title, publishedDate: parsed.publishedDate, blocks: parsed.blocks, origin: { format: 'seed', name: '000.txt' } }]);
  const start = article.text.indexOf('he denied it');
  await repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + 12 }), claimDate: article.publishedDate }, 'Ana');
  return c;
}

function startScheduler(overrides: Partial<BackupSchedulerDeps> = {}) {
  const failures: unknown[] = [];
  scheduler = new BackupScheduler({
    build: () => buildBackup(() => repos.cases.allContents(), noRest),
    fingerprint: backupFingerprint,
    store,
    onDataChanged: (l) => onCaseDataChanged(repos.db, l),
    onFailed: (e) => failures.push(e),
    ...overrides,
  });
  scheduler.start();
  return { scheduler, failures };
}

/** Lets timers fire and the IndexedDB work they start finish. */
async function pass(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

describe('backup scheduler', () => {
  it('backs up every case shortly after start, with its articles and claims', async () => {
    const c = await seededCase();
    startScheduler();
    await pass(FIRST_BACKUP_DELAY_MS - 1000);
    expect(await store.list()).toHaveLength(0);
    await pass(1000);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
    const [newest] = await store.list();
    const read = readBackup(await store.read(newest.name));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.cases).toEqual([await repos.cases.contents(c.id)]);
    expect(read.cases[0].claims[0].anchor.quote.exact).toBe('he denied it');
  });

  it('makes no backup while there are no cases', async () => {
    startScheduler();
    await pass(FIRST_BACKUP_DELAY_MS + 2 * BACKUP_INTERVAL_MS);
    expect(await store.list()).toHaveLength(0);
  });

  it('backs up again only after the data changed, at most once per interval', async () => {
    const c = await seededCase();
    startScheduler();
    await pass(FIRST_BACKUP_DELAY_MS);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
    await pass(BACKUP_INTERVAL_MS);
    expect(await store.list()).toHaveLength(1);
    await repos.cases.update(c.id, { title: 'Renamed' });
    await repos.cases.update(c.id, { summary: 'Two changes, one backup' });
    await pass(BACKUP_INTERVAL_MS - FIRST_BACKUP_DELAY_MS - 1000);
    expect(await store.list()).toHaveLength(1);
    await pass(1000);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(2));
    await pass(BACKUP_INTERVAL_MS);
    const all = await store.list();
    expect(all).toHaveLength(2);
    const read = readBackup(await store.read(all[0].name));
    expect(read.ok && read.cases[0].case.title).toBe('Renamed');
  });

  it('skips the start-up backup when the newest kept one holds the same data', async () => {
    await seededCase();
    const first = startScheduler().scheduler;
    first.stop();
    await first.backupNow();
    expect(await store.list()).toHaveLength(1);
    const { scheduler: second } = startScheduler();
    let written = 0;
    second.onWritten(() => written++);
    await pass(FIRST_BACKUP_DELAY_MS + 100);
    expect(await store.list()).toHaveLength(1);
    expect(written).toBe(0);
  });

  it('remembers the newest backup’s fingerprint, so a restart compares without reading the backup back', async () => {
    await seededCase();
    const newestBackup = { get: () => repos.settings.get('newestBackup'), set: (n: { name: string; fingerprint: string }) => repos.settings.set('newestBackup', n) };
    const first = startScheduler({ newestBackup }).scheduler;
    first.stop();
    await first.backupNow();
    const [kept] = await store.list();
    await vi.waitFor(async () => expect((await repos.settings.get('newestBackup'))?.name).toBe(kept.name));
    const reads: string[] = [];
    const watched: BackupStore = { ...store, read: (name) => (reads.push(name), store.read(name)) };
    let compared = 0;
    const build = async () => {
      const built = await buildBackup(() => repos.cases.allContents(), noRest);
      compared++;
      return built;
    };
    const { scheduler: second } = startScheduler({ store: watched, newestBackup, build });
    let written = 0;
    second.onWritten(() => written++);
    await pass(FIRST_BACKUP_DELAY_MS + 100);
    await vi.waitFor(() => expect(compared).toBe(1));
    await pass(0);
    expect(written).toBe(0);
    expect(reads).toEqual([]);
    // A backup kept from before (nothing remembered) is read back once, then remembered.
    await repos.settings.set('newestBackup', null);
    second.stop();
    const { scheduler: third } = startScheduler({ store: watched, newestBackup });
    third.onWritten(() => written++);
    await pass(FIRST_BACKUP_DELAY_MS + 100);
    await vi.waitFor(() => expect(reads).toEqual([kept.name]));
    expect(written).toBe(0);
    await vi.waitFor(async () => expect((await repos.settings.get('newestBackup'))?.name).toBe(kept.name));
  });

  it('a start with nothing changed since the newest backup builds none; a change since, in any run, makes the next start back up', async () => {
    const c = await seededCase();
    const backupDue = { get: () => repos.settings.get('backupDue'), set: (due: boolean) => repos.settings.set('backupDue', due) };
    let builds = 0;
    const build = () => (builds++, buildBackup(() => repos.cases.allContents(), noRest));
    // Nothing stored yet counts as due: the first run backs up, then it is no longer due.
    startScheduler({ backupDue, build });
    await pass(FIRST_BACKUP_DELAY_MS);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
    await vi.waitFor(async () => expect(await repos.settings.get('backupDue')).toBe(false));
    scheduler!.stop();

    startScheduler({ backupDue, build });
    await pass(FIRST_BACKUP_DELAY_MS + BACKUP_INTERVAL_MS);
    expect(builds).toBe(1);
    // A change, and the app closes before the next backup: the flag outlives it.
    await repos.cases.update(c.id, { title: 'Changed before closing' });
    await vi.waitFor(async () => expect(await repos.settings.get('backupDue')).toBe(true));
    scheduler!.stop();

    startScheduler({ backupDue, build });
    await pass(FIRST_BACKUP_DELAY_MS);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(2));
    const read = readBackup(await store.read((await store.list())[0].name));
    expect(read.ok && read.cases[0].case.title).toBe('Changed before closing');
    await vi.waitFor(async () => expect(await repos.settings.get('backupDue')).toBe(false));
  });

  it('gets the builder ready once, when a backup is first due: at start if due, else at the first change', async () => {
    const c = await seededCase();
    let due = true;
    const backupDue = { get: async () => due, set: async (d: boolean) => void (due = d) };
    let prepared = 0;
    startScheduler({ backupDue, prepare: () => prepared++ });
    await pass(10);
    expect(prepared).toBe(1);
    await repos.cases.update(c.id, { title: 'Changed' });
    await pass(10);
    expect(prepared).toBe(1);
    scheduler!.stop();

    // Not due at start: nothing to get ready for, until the first change.
    due = false;
    startScheduler({ backupDue, prepare: () => prepared++ });
    await pass(10);
    expect(prepared).toBe(1);
    await repos.cases.update(c.id, { title: 'Changed again' });
    await vi.waitFor(() => expect(prepared).toBe(2));
    await repos.cases.update(c.id, { title: 'And again' });
    await pass(10);
    expect(prepared).toBe(2);
  });

  it('never writes two backups at once; "Back up now" waits for the one being written', async () => {
    const c = await seededCase();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writes: string[] = [];
    const slow: BackupStore = { ...store, write: async (file) => { writes.push(await file.text()); await gate; return store.write(file); } };
    startScheduler({ store: slow, intervalMs: 1000, firstDelayMs: 1000 });
    await pass(1000);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    await repos.cases.update(c.id, { title: 'Changed while writing' });
    await pass(5000);
    expect(writes).toHaveLength(1);
    const now = scheduler!.backupNow();
    await pass(10);
    expect(writes).toHaveLength(1);
    release();
    expect((await now).kind).toBe('written');
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('Changed while writing');
  });

  it('reports a failed backup, keeps the data, and tries again at the next interval', async () => {
    const c = await seededCase();
    let full = true;
    const flaky: BackupStore = {
      ...store,
      write: (file) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : store.write(file)),
    };
    const { failures } = startScheduler({ store: flaky });
    await pass(FIRST_BACKUP_DELAY_MS);
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    expect((failures[0] as DOMException).name).toBe('QuotaExceededError');
    expect((await repos.cases.contents(c.id))?.claims).toHaveLength(1);
    full = false;
    await pass(BACKUP_INTERVAL_MS);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
  });

  it('waits for a pause in the reviewer’s input and writes before a due backup, and runs anyway after waiting long enough', async () => {
    const c = await seededCase();
    let input: () => void = () => undefined;
    startScheduler({ onActivity: (listener) => ((input = listener), () => undefined) });
    await pass(FIRST_BACKUP_DELAY_MS - 1000);
    input();
    await pass(1000);
    expect(await store.list()).toHaveLength(0);
    // A write is activity too: the pause starts again from it.
    await pass(QUIET_MS - 2000);
    await repos.cases.update(c.id, { title: 'Renamed while at work' });
    await pass(QUIET_MS - 500);
    expect(await store.list()).toHaveLength(0);
    await pass(500);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
    expect(await store.read((await store.list())[0].name)).toContain('Renamed while at work');

    // Never pausing does not put a backup off for ever.
    await repos.cases.update(c.id, { title: 'Changed again' });
    const busy = setInterval(input, QUIET_MS / 2);
    await pass(BACKUP_INTERVAL_MS);
    expect(await store.list()).toHaveLength(1);
    await pass(MAX_WAIT_FOR_QUIET_MS);
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(2));
    clearInterval(busy);
  });

  it('holds an automatic backup being built while the reviewer is at work, and lets it go on at their pause; "Back up now" is not held', async () => {
    await seededCase();
    let input: () => void = () => undefined;
    const holds: boolean[] = [];
    // Each build goes on when the test calls finish().
    let finish: () => void = () => undefined;
    const build = async () => {
      await new Promise<void>((r) => (finish = r));
      return buildBackup(() => repos.cases.allContents(), noRest);
    };
    startScheduler({ build, onActivity: (listener) => ((input = listener), () => undefined), holdBuild: (held) => holds.push(held) });
    await pass(FIRST_BACKUP_DELAY_MS);
    expect(holds).toEqual([]);
    // Back at work while it is being built: held; paused: released.
    input();
    input();
    expect(holds).toEqual([true]);
    await pass(QUIET_MS);
    expect(holds).toEqual([true, false]);
    input();
    expect(holds).toEqual([true, false, true]);
    finish();
    await vi.waitFor(async () => expect(await store.list()).toHaveLength(1));
    // Built: the hold ends with it, and input after it holds nothing.
    expect(holds).toEqual([true, false, true, false]);
    input();
    await pass(QUIET_MS);
    expect(holds).toHaveLength(4);

    // The reviewer's own "Back up now" is never held.
    const now = scheduler!.backupNow();
    await pass(10);
    input();
    finish();
    expect((await now).kind).toBe('written');
    expect(holds).toHaveLength(4);
  });
});
