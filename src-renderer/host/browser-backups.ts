// Automatic backups in a plain browser: a database of their own
// ('factmark-backups'), apart from the case data, so clearing or corrupting
// one leaves the other. Each write adds a backup and drops all but the newest
// few, in one transaction; the list reads only the small info rows.
import Dexie, { type EntityTable } from 'dexie';
import type { BackupInfo } from '../../src-main/preload/contract';
import type { BackupStore } from './host';
import { HOST_MESSAGES } from './messages';

export const BROWSER_BACKUPS_DATABASE = 'factmark-backups';
/** As many as the Electron app keeps in its data folder. */
export const BROWSER_BACKUPS_KEPT = 10;

interface BackupBody {
  name: string;
  /** A Blob: storing it costs the UI thread nothing (a string of tens of megabytes is copied there first). Older backups hold a string. */
  json: Blob | string;
}

class BackupsDb extends Dexie {
  infos!: EntityTable<BackupInfo, 'name'>;
  bodies!: EntityTable<BackupBody, 'name'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ infos: 'name, createdAt', bodies: 'name' });
  }
}

/** factmark-backup-20261201T083000123Z.json, the same names the Electron app gives its files. */
function nameFor(now: Date, suffix: number): string {
  return `factmark-backup-${now.toISOString().replace(/[-:.]/g, '')}${suffix > 0 ? `-${suffix}` : ''}.json`;
}

/** By time; two backups of the same millisecond by their suffix ("-1" is the later one). */
function newerFirst(a: BackupInfo, b: BackupInfo): number {
  return b.createdAt.localeCompare(a.createdAt) || b.name.length - a.name.length || b.name.localeCompare(a.name);
}

export function createBrowserBackupStore(databaseName = BROWSER_BACKUPS_DATABASE, kept = BROWSER_BACKUPS_KEPT, now = () => new Date()): BackupStore {
  const db = new BackupsDb(databaseName);
  const newestFirst = async () => (await db.infos.toArray()).sort(newerFirst);
  return {
    kept,
    async write(file) {
      const at = now();
      const bytes = file.size;
      return db.transaction('rw', db.infos, db.bodies, async () => {
        let suffix = 0;
        while (await db.infos.get(nameFor(at, suffix))) suffix += 1;
        const info: BackupInfo = { name: nameFor(at, suffix), createdAt: at.toISOString(), bytes };
        await db.bodies.put({ name: info.name, json: file });
        await db.infos.put(info);
        const stale = (await newestFirst()).slice(kept).map((b) => b.name);
        await db.infos.bulkDelete(stale);
        await db.bodies.bulkDelete(stale);
        return info;
      });
    },
    list: newestFirst,
    async read(name) {
      const body = await db.bodies.get(name);
      if (!body) throw new Error(HOST_MESSAGES.backupNotFound(name));
      return typeof body.json === 'string' ? body.json : body.json.text();
    },
  };
}
