// The import dialog: pick files or a folder, paste, or arrive with dropped
// files; a progress bar with counts and Cancel while files are read; then a
// summary with one line per file (imported, duplicate, or why it failed).
import { useCallback, useEffect, useRef, useState } from 'react';
import { importPaste, type ImportDeps, type ImportFile, type ImportProgress } from '../../core/import';
import { useApp } from '../app/app-context';
import { IS } from './strings';
import { isQuotaError } from '../../storage';
import { S } from '../app/strings';
import { draftToNewArticle, runImport, type ImportRow } from './run-import';

export const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf'];

/** The DOM, sanitiser and PDF reader of the browser, loaded on first use
 *  so that pdf.js stays out of the start-up bundle. */
async function loadDeps(): Promise<ImportDeps> {
  const { createBrowserImportDeps } = await import('./browser-import-deps');
  return createBrowserImportDeps();
}

interface Props {
  caseId: string;
  initialFiles: ImportFile[] | null;
  onClose(): void;
  onImported(articleIds: string[]): void;
}

type Phase = { name: 'choose' } | { name: 'running'; progress: ImportProgress | null } | { name: 'summary'; rows: ImportRow[] } | { name: 'cancelled' };

export function ImportDialog({ caseId, initialFiles, onClose, onImported }: Props) {
  const { repos, host, notify } = useApp();
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const [paste, setPaste] = useState<{ text: string; html?: string }>({ text: '' });
  const abort = useRef<AbortController | null>(null);
  const started = useRef(false);

  const start = useCallback(
    async (files: ImportFile[]) => {
      if (files.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setPhase({ name: 'running', progress: null });
      try {
        const deps = await loadDeps();
        const run = await runImport(repos, caseId, files, deps, (progress) => setPhase({ name: 'running', progress }), controller.signal);
        if (run.aborted) setPhase({ name: 'cancelled' });
        else {
          setPhase({ name: 'summary', rows: run.rows });
          if (run.added.length) onImported(run.added.map((a) => a.id));
        }
      } catch (error) {
        setPhase({ name: 'summary', rows: [{ kind: 'failed', name: files.length === 1 ? files[0].name : `${files.length} files`, message: isQuotaError(error) ? S.errors.storageFull : IS.storageFailed(String((error as Error).message ?? error)) }] });
      }
    },
    [repos, caseId, onImported],
  );

  useEffect(() => {
    if (initialFiles && !started.current) {
      started.current = true;
      void start(initialFiles);
    }
  }, [initialFiles, start]);

  const pick = async (directory: boolean) => {
    const files = await host.pickFiles({ title: IS.title, extensions: directory ? [] : IMPORT_EXTENSIONS, multiple: true, directory });
    await start(files);
  };

  const importPasted = async () => {
    const deps = await loadDeps();
    const result = importPaste(paste, deps);
    if (!result.ok) {
      setPhase({ name: 'summary', rows: [{ kind: 'failed', name: result.name, message: result.message }] });
      return;
    }
    const added = await repos.articles.addMany(caseId, result.drafts.map(draftToNewArticle));
    setPhase({ name: 'summary', rows: added.map((a) => ({ kind: 'imported', name: result.name, title: a.title, warnings: result.warnings })) });
    onImported(added.map((a) => a.id));
  };

  const importAnyway = async (row: Extract<ImportRow, { kind: 'duplicate' }>) => {
    const [a] = await repos.articles.addMany(caseId, [draftToNewArticle(row.draft)]);
    setPhase((p) => (p.name === 'summary' ? { ...p, rows: p.rows.map((r) => (r === row ? { kind: 'imported', name: row.name, title: a.title, warnings: [] } : r)) } : p));
    onImported([a.id]);
    notify(IS.imported(a.title));
  };

  const running = phase.name === 'running';
  return (
    <div className="fm-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && !running && onClose()}>
      <section className="fm-modal fm-import" role="dialog" aria-modal="true" aria-label={IS.title}>
        <h2>{IS.title}</h2>
        {phase.name === 'choose' && (
          <>
            <p>{IS.intro}</p>
            <div className="fm-import-pickers">
              <button type="button" className="fm-button fm-primary" onClick={() => void pick(false)}>
                {IS.chooseFiles}
              </button>
              <button type="button" className="fm-button" onClick={() => void pick(true)}>
                {IS.chooseFolder}
              </button>
            </div>
            <label className="fm-field">
              <span>{IS.pasteLabel}</span>
              <textarea
                rows={5}
                value={paste.text}
                onChange={(e) => setPaste({ text: e.target.value })}
                onPaste={(e) => {
                  const html = e.clipboardData.getData('text/html');
                  const text = e.clipboardData.getData('text/plain');
                  e.preventDefault();
                  setPaste({ text, html: html || undefined });
                }}
              />
            </label>
            <div className="fm-modal-actions">
              <button type="button" className="fm-button" onClick={onClose}>
                {IS.close}
              </button>
              <button type="button" className="fm-button" disabled={!paste.text.trim() && !paste.html} onClick={() => void importPasted()}>
                {IS.importPasted}
              </button>
            </div>
          </>
        )}
        {phase.name === 'running' && (
          <>
            <progress aria-label={IS.progressLabel} max={phase.progress?.total ?? 1} value={phase.progress?.done ?? 0} />
            <p role="status">{phase.progress ? (phase.progress.current ? IS.reading(phase.progress.done, phase.progress.total, phase.progress.current) : IS.saving) : ''}</p>
            <div className="fm-modal-actions">
              <button type="button" className="fm-button" onClick={() => abort.current?.abort()}>
                {IS.cancel}
              </button>
            </div>
          </>
        )}
        {phase.name === 'cancelled' && (
          <>
            <p role="status">{IS.cancelled}</p>
            <div className="fm-modal-actions">
              <button type="button" className="fm-button fm-primary" onClick={onClose}>
                {IS.close}
              </button>
            </div>
          </>
        )}
        {phase.name === 'summary' && (
          <>
            <p role="status">{IS.summary(phase.rows.filter((r) => r.kind === 'imported').length, phase.rows.length)}</p>
            <ul className="fm-import-summary" aria-label="Import summary">
              {phase.rows.map((r, i) => (
                <li key={i} className={`fm-import-${r.kind}`}>
                  <span className="fm-import-icon" aria-hidden="true">
                    {r.kind === 'imported' ? '✓' : r.kind === 'duplicate' ? '!' : '✕'}
                  </span>
                  <div>
                    <strong>{r.name}</strong>
                    <p>
                      {r.kind === 'imported' && IS.imported(r.title)}
                      {r.kind === 'duplicate' && IS.duplicate(r.existingTitle)}
                      {r.kind === 'failed' && r.message}
                    </p>
                    {r.kind === 'imported' && r.warnings.map((w) => <p key={w} className="fm-import-warning">{w}</p>)}
                    {r.kind === 'duplicate' && (
                      <button type="button" className="fm-button" onClick={() => void importAnyway(r)}>
                        {IS.importAnyway}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            <div className="fm-modal-actions">
              <button type="button" className="fm-button fm-primary" onClick={onClose}>
                {IS.close}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
