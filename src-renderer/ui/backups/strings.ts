// User-facing strings of the automatic backups: the Settings section, restore and failures.
import { BACKUP_INTERVAL_MS } from './backup-scheduler';

const minutes = BACKUP_INTERVAL_MS / 60_000;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export const BS = {
  heading: 'Backups',
  whereElectron: (kept: number) =>
    `Factmark backs up all cases into its data folder shortly after it starts and then every ${minutes} minutes while you work, keeping the last ${kept}.`,
  whereBrowser: (kept: number) =>
    `Factmark backs up all cases shortly after it starts and then every ${minutes} minutes while you work, keeping the last ${kept}. They live in this browser’s storage for this site, apart from the cases: clearing the site’s data removes them too, so export case files to keep copies elsewhere.`,
  backupNow: 'Back up now',
  backingUp: 'Backing up…',
  written: (when: string) => `Backed up all cases (${when}).`,
  noCases: 'There are no cases to back up.',
  storageFull: 'the disk or the browser’s storage is full',
  failed: (why: string) => `The backup could not be written (${why}). Your cases are unchanged; Factmark will try again later.`,
  listLabel: 'Kept backups',
  none: 'No backups yet.',
  listFailed: (why: string) => `The backups could not be listed (${why}).`,
  entry: (when: string, size: string) => `${when} · ${size}`,
  restore: 'Restore…',
  restoreLabel: (when: string) => `Restore from the backup of ${when}`,
  reading: 'Reading the backup…',
  unreadable: (why: string) => `This backup cannot be restored: ${why} Nothing was changed.`,
  unreadableFile: (why: string) => `This backup cannot be read (${why}). Nothing was changed.`,
  pickCases: (when: string) => `Cases in the backup of ${when}`,
  caseFigures: (articles: number, claims: number, verdicts: number) =>
    `${plural(articles, 'article', 'articles')}, ${plural(claims, 'claim', 'claims')}, ${plural(verdicts, 'verdict', 'verdicts')}`,
  restoreHint: 'Each case you pick comes back as a new copy next to your current cases; nothing is overwritten.',
  restoreSelected: 'Restore selected',
  cancel: 'Cancel',
  restoredTitle: (title: string, when: string) => `${title} (restored from backup of ${when})`,
  restored: (n: number) => `Restored ${plural(n, 'case', 'cases')} as new copies.`,
  restoreFailed: (why: string) => `The restore could not be written (${why}). Nothing was changed.`,
  open: (title: string) => `Open “${title}”`,
} as const;
