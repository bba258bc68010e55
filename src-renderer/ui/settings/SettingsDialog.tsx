// The Settings dialog, opened from the top bar: reviewer name, theme, and how
// much storage the app uses and whether the browser keeps it persistently, and
// the automatic backups (../backups).
// It also applies the stored theme to the page (:root[data-theme]).
import { useEffect, useState } from 'react';
import { useApp } from '../app/app-context';
import type { AppSettings } from '../../storage';
import { SS } from './strings';
import { formatBytes } from '../shared/format-bytes';
import { BackupsSection } from '../backups/BackupsSection';

type Theme = AppSettings['theme'];

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

interface StorageState {
  used: number | null;
  quota: number | null;
  persisted: boolean;
}

async function readStorageState(): Promise<StorageState> {
  const storage = navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => ({}) as StorageEstimate) : ({} as StorageEstimate);
  const persisted = storage?.persisted ? await storage.persisted().catch(() => false) : false;
  return { used: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** The top-bar button with its dialog; `onOpenCase` opens a case restored from a backup. */
export function SettingsButton({ onOpenCase }: { onOpenCase?(id: string): void }) {
  const { repos } = useApp();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void repos.settings.get('theme').then(applyTheme);
  }, [repos]);
  return (
    <>
      <button type="button" className="fm-button" onClick={() => setOpen(true)}>
        {SS.open}
      </button>
      {open && (
        <SettingsDialog
          onClose={() => setOpen(false)}
          onOpenCase={
            onOpenCase &&
            ((id) => {
              setOpen(false);
              onOpenCase(id);
            })
          }
        />
      )}
    </>
  );
}

function SettingsDialog({ onClose, onOpenCase }: { onClose(): void; onOpenCase?(id: string): void }) {
  const { repos, reviewer, setReviewer, notify } = useApp();
  const [name, setName] = useState(reviewer);
  const [theme, setTheme] = useState<Theme>('system');
  const [storage, setStorage] = useState<StorageState | null>(null);

  useEffect(() => {
    void repos.settings.get('theme').then(setTheme);
    void readStorageState().then(setStorage);
  }, [repos]);

  const chooseTheme = (next: Theme) => {
    setTheme(next);
    applyTheme(next);
    void repos.settings.set('theme', next);
  };

  const keepPersistent = async () => {
    const granted = navigator.storage?.persist ? await navigator.storage.persist().catch(() => false) : false;
    if (!granted) notify(SS.persistRefused, 'error');
    setStorage(await readStorageState());
  };

  const close = () => {
    if (name.trim() && name.trim() !== reviewer) setReviewer(name.trim());
    onClose();
  };

  return (
    <div className="fm-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <section className="fm-modal fm-settings" role="dialog" aria-modal="true" aria-label={SS.title}>
        <h2>{SS.title}</h2>
        <label className="fm-field">
          <span>{SS.reviewer}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="fm-field">
          <span>{SS.theme}</span>
          <select value={theme} onChange={(e) => chooseTheme(e.target.value as Theme)}>
            {(Object.keys(SS.themes) as Theme[]).map((t) => (
              <option key={t} value={t}>
                {SS.themes[t]}
              </option>
            ))}
          </select>
        </label>
        <h3>{SS.storage}</h3>
        {storage && (
          <>
            <p>{storage.used !== null && storage.quota !== null ? SS.usage(formatBytes(storage.used), formatBytes(storage.quota)) : SS.usageUnknown}</p>
            <p role="status">{storage.persisted ? SS.persistent : SS.notPersistent}</p>
            {!storage.persisted && (
              <button type="button" className="fm-button" onClick={() => void keepPersistent()}>
                {SS.keepPersistent}
              </button>
            )}
          </>
        )}
        <BackupsSection onOpenCase={onOpenCase} />
        <div className="fm-modal-actions">
          <button type="button" className="fm-button fm-primary" onClick={close}>
            {SS.close}
          </button>
        </div>
      </section>
    </div>
  );
}
