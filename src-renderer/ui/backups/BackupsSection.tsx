// The Backups part of the Settings dialog: where backups live, "Back up now",
// the kept backups, and restoring picked cases of one as new copies (written
// in one transaction, like an opened case file; a damaged backup writes nothing).
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../host';
import type { CaseContents } from '../../core/model';
import { useApp } from '../app/app-context';
import { formatBytes } from '../shared/format-bytes';
import { readBackup } from '../../core/export/bundle';
import { restoredCopies, summarizeBackup } from './backup-restore';
import { failureReason } from './use-backup-scheduler';
import { BS } from './strings';

type Restore =
  | { kind: 'reading'; info: BackupInfo }
  | { kind: 'error'; info: BackupInfo; message: string }
  | { kind: 'pick'; info: BackupInfo; cases: CaseContents[]; picked: ReadonlySet<string> }
  | { kind: 'done'; info: BackupInfo; restored: { id: string; title: string }[] };

/** The backup's time in the reviewer's locale. */
const when = (info: BackupInfo) => new Date(info.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function BackupsSection({ onOpenCase }: { onOpenCase?(id: string): void }) {
  const { host, backups, repos } = useApp();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [restore, setRestore] = useState<Restore | null>(null);

  const refresh = useCallback(
    () =>
      host.backups.list().then(
        (all) => {
          setList(all);
          setListError(null);
        },
        (error) => setListError(BS.listFailed(failureReason(error))),
      ),
    [host],
  );
  useEffect(() => {
    void refresh();
    return backups.onWritten(() => void refresh());
  }, [backups, refresh]);

  const backUpNow = async () => {
    setBusy(true);
    setStatus(BS.backingUp);
    const outcome = await backups.backupNow();
    setBusy(false);
    if (outcome.kind === 'written') setStatus(BS.written(when(outcome.info)));
    else if (outcome.kind === 'no-cases') setStatus(BS.noCases);
    else if (outcome.kind === 'failed') setStatus(BS.failed(failureReason(outcome.error)));
  };

  const startRestore = async (info: BackupInfo) => {
    setRestore({ kind: 'reading', info });
    let text: string;
    try {
      text = await host.backups.read(info.name);
    } catch (error) {
      setRestore({ kind: 'error', info, message: BS.unreadableFile(failureReason(error)) });
      return;
    }
    const read = readBackup(text);
    if (!read.ok) setRestore({ kind: 'error', info, message: BS.unreadable(read.message) });
    else setRestore({ kind: 'pick', info, cases: read.cases, picked: new Set(read.cases.map((c) => c.case.id)) });
  };

  const writeRestore = async (r: Extract<Restore, { kind: 'pick' }>) => {
    const copies = restoredCopies(r.cases, r.picked, when(r.info));
    try {
      await repos.cases.putAllContents(copies);
      setRestore({ kind: 'done', info: r.info, restored: copies.map((c) => ({ id: c.case.id, title: c.case.title })) });
    } catch (error) {
      setRestore({ kind: 'error', info: r.info, message: BS.restoreFailed(failureReason(error)) });
    }
  };

  const toggle = (r: Extract<Restore, { kind: 'pick' }>, id: string) => {
    const picked = new Set(r.picked);
    if (!picked.delete(id)) picked.add(id);
    setRestore({ ...r, picked });
  };

  return (
    <section className="fm-backups" aria-label={BS.heading}>
      <h3>{BS.heading}</h3>
      <p>{host.kind === 'electron' ? BS.whereElectron(host.backups.kept) : BS.whereBrowser(host.backups.kept)}</p>
      <div className="fm-backups-now">
        <button type="button" className="fm-button" disabled={busy} onClick={() => void backUpNow()}>
          {BS.backupNow}
        </button>
        <p aria-live="polite">{status}</p>
      </div>
      {listError && <p role="alert">{listError}</p>}
      {list &&
        (list.length ? (
          <ul className="fm-backups-list" aria-label={BS.listLabel}>
            {list.map((info) => (
              <li key={info.name}>
                <span>{BS.entry(when(info), formatBytes(info.bytes))}</span>
                <button type="button" className="fm-button fm-quiet" aria-label={BS.restoreLabel(when(info))} onClick={() => void startRestore(info)}>
                  {BS.restore}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{BS.none}</p>
        ))}
      {restore?.kind === 'reading' && <p aria-live="polite">{BS.reading}</p>}
      {restore?.kind === 'error' && (
        <p role="alert" className="fm-backups-error">
          {restore.message}
        </p>
      )}
      {restore?.kind === 'pick' && (
        <fieldset className="fm-backups-restore">
          <legend>{BS.pickCases(when(restore.info))}</legend>
          {summarizeBackup(restore.cases).map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={restore.picked.has(c.id)} onChange={() => toggle(restore, c.id)} />
              <span>
                <strong>{c.title}</strong> — {BS.caseFigures(c.articles, c.claims, c.verdicts)}
              </span>
            </label>
          ))}
          <p>{BS.restoreHint}</p>
          <div className="fm-modal-actions">
            <button type="button" className="fm-button" onClick={() => setRestore(null)}>
              {BS.cancel}
            </button>
            <button type="button" className="fm-button fm-primary" disabled={restore.picked.size === 0} onClick={() => void writeRestore(restore)}>
              {BS.restoreSelected}
            </button>
          </div>
        </fieldset>
      )}
      {restore?.kind === 'done' && (
        <div className="fm-backups-restored">
          <p aria-live="polite">{BS.restored(restore.restored.length)}</p>
          {onOpenCase &&
            restore.restored.map((c) => (
              <button key={c.id} type="button" className="fm-button" onClick={() => onOpenCase(c.id)}>
                {BS.open(c.title)}
              </button>
            ))}
        </div>
      )}
    </section>
  );
}
