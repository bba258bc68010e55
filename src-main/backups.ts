// Rolling backups of all cases in <app-data>/backups: each write adds one
// timestamped JSON file and prunes all but the newest ten. Files are read back
// only by a name that matches the pattern writeBackup produces.
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from './preload/contract';
import { BACKUP_NAME } from './ipc-validation';
import { writeFileAtomic } from './atomic-write';
import { ERRORS } from './messages';

export const BACKUPS_KEPT = 10;

/** factmark-backup-20261201T083000123Z.json for 2026-12-01T08:30:00.123Z. */
export function backupFileName(now: Date, suffix = 0): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `factmark-backup-${stamp}${suffix > 0 ? `-${suffix}` : ''}.json`;
}

function createdAtOf(name: string): string {
  const m = /^factmark-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}

async function infoOf(dir: string, name: string): Promise<BackupInfo> {
  const { size } = await stat(join(dir, name));
  return { name, createdAt: createdAtOf(name), bytes: size };
}

/** Backups in the folder, newest first; other files in it are ignored. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // The name embeds an ISO timestamp, so name order is time order.
  const backups = names.filter((n) => BACKUP_NAME.test(n)).sort().reverse();
  return Promise.all(backups.map((n) => infoOf(dir, n)));
}

export async function writeBackup(dir: string, json: string, now = new Date()): Promise<BackupInfo> {
  await mkdir(dir, { recursive: true });
  const existing = new Set((await listBackups(dir)).map((b) => b.name));
  let suffix = 0;
  while (existing.has(backupFileName(now, suffix))) suffix += 1;
  const name = backupFileName(now, suffix);
  await writeFileAtomic(join(dir, name), json);
  const all = await listBackups(dir);
  await Promise.all(all.slice(BACKUPS_KEPT).map((b) => rm(join(dir, b.name), { force: true })));
  return infoOf(dir, name);
}

export async function readBackup(dir: string, name: string): Promise<string> {
  // The pattern admits no separators or dots beyond ".json", so the path stays in dir.
  if (!BACKUP_NAME.test(name)) throw new Error(ERRORS.backupNotFound(name));
  try {
    return await readFile(join(dir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(ERRORS.backupNotFound(name), { cause: error });
    throw error;
  }
}
