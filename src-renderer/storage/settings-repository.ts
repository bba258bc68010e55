// Small app-wide settings (reviewer name, last opened case, first-run state).
import type { FactmarkDb } from './db';

export interface AppSettings {
  reviewerName: string;
  lastCaseId: string | null;
  welcomeDone: boolean;
  theme: 'system' | 'light' | 'dark';
  /** The newest automatic backup and its fingerprint, so start-up need not read it back to compare. */
  newestBackup: { name: string; fingerprint: string } | null;
  /** Whether the case data may differ from the newest automatic backup (unknown counts as yes): a start with nothing changed since makes none. */
  backupDue: boolean;
}

export const DEFAULT_SETTINGS: AppSettings = { reviewerName: '', lastCaseId: null, welcomeDone: false, theme: 'system', newestBackup: null, backupDue: true };

export class SettingsRepository {
  constructor(private readonly db: FactmarkDb) {}

  async get<K extends keyof AppSettings>(key: K): Promise<AppSettings[K]> {
    const row = await this.db.settings.get(key);
    return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as AppSettings[K]);
  }

  async all(): Promise<AppSettings> {
    const rows = await this.db.settings.toArray();
    const out: AppSettings = { ...DEFAULT_SETTINGS };
    for (const r of rows) if (r.key in out) (out as unknown as Record<string, unknown>)[r.key] = r.value;
    return out;
  }

  async set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
