// Case files in the app: open a .factmark bundle (picked, or sent by the OS),
// back up every case into one file, restore a backup. A case already here asks
// once: keep both, replace, or cancel. Bad files change nothing.
import { useCallback, useState, type ReactNode } from 'react';
import type { CaseContents } from '../../core/model';
import type { OpenedFile } from '../../host/host';
import { writeBackup } from '../../core/export/bundle';
import { exportFileName } from '../../core/export/file-name';
import { useApp } from '../app/app-context';
import { casesToWrite, conflicting, readBackupFile, readCaseFile, type ConflictChoice } from './case-files';
import { CASE_FILE_EXTENSION } from './export-formats';
import { XS } from './strings';

export interface Outcome {
  kind: 'done' | 'error' | 'cancelled';
  message: string;
}

export interface CaseFiles {
  /** Opens a case file: the one given (from the OS), or one the reviewer picks. */
  openCaseFile(file?: OpenedFile): Promise<Outcome | null>;
  backupAll(): Promise<Outcome | null>;
  restoreBackup(): Promise<Outcome | null>;
  /** The conflict question, to render once in the screen. */
  element: ReactNode;
}

interface Question {
  message: string;
  replaceLabel: string;
  resolve(choice: ConflictChoice | null): void;
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useCaseFiles(onOpenCase: (id: string) => void): CaseFiles {
  const { repos, host, notify } = useApp();
  const [question, setQuestion] = useState<Question | null>(null);

  const report = useCallback(
    (outcome: Outcome): Outcome => {
      if (outcome.kind !== 'cancelled') notify(outcome.message, outcome.kind === 'error' ? 'error' : 'info');
      return outcome;
    },
    [notify],
  );

  /** Writes the incoming cases, asking first when some are already here; returns what was written. */
  const bringIn = useCallback(
    async (incoming: CaseContents[], fromBackup: boolean): Promise<CaseContents[] | null> => {
      const existing = new Map((await repos.cases.list()).map((c) => [c.id, c.title]));
      const clash = conflicting(incoming, new Set(existing.keys()));
      let choice: ConflictChoice = 'keep-both';
      if (clash.length) {
        const titles = clash.map((c) => existing.get(c.case.id) ?? c.case.title);
        const answer = await new Promise<ConflictChoice | null>((resolve) =>
          setQuestion({ message: fromBackup ? XS.conflictMany(titles) : XS.conflictOne(titles[0]), replaceLabel: fromBackup ? XS.replaceAll : XS.replace, resolve }),
        );
        setQuestion(null);
        if (!answer) return null;
        choice = answer;
      }
      const written = casesToWrite(incoming, new Set(existing.keys()), choice);
      await repos.cases.putAllContents(written);
      return written;
    },
    [repos],
  );

  const openCaseFile = useCallback(
    async (given?: OpenedFile): Promise<Outcome | null> => {
      const file = given ?? (await host.pickFiles({ title: XS.openCaseFile, extensions: [CASE_FILE_EXTENSION, 'json'], multiple: false, directory: false }))[0];
      if (!file) return null;
      const read = readCaseFile(file.bytes);
      if (!read.ok) return report({ kind: 'error', message: XS.openFailed(file.name, read.message) });
      try {
        const written = await bringIn(read.cases, false);
        if (!written) return { kind: 'cancelled', message: XS.cancelled };
        onOpenCase(written[0].case.id);
        return report({ kind: 'done', message: XS.opened(written[0].case.title) });
      } catch (error) {
        return report({ kind: 'error', message: XS.storageFailed(why(error)) });
      }
    },
    [host, bringIn, onOpenCase, report],
  );

  const backupAll = useCallback(async (): Promise<Outcome | null> => {
    try {
      const contents = await repos.cases.allContents();
      const name = exportFileName('factmark backup', new Date(), 'json');
      if (!(await host.saveFile(name, writeBackup(contents), 'application/json'))) return { kind: 'cancelled', message: XS.cancelled };
      return report({ kind: 'done', message: XS.backupSaved(contents.length, name) });
    } catch (error) {
      return report({ kind: 'error', message: XS.failed(why(error)) });
    }
  }, [repos, host, report]);

  const restoreBackup = useCallback(async (): Promise<Outcome | null> => {
    const [file] = await host.pickFiles({ title: XS.restoreBackup, extensions: ['json'], multiple: false, directory: false });
    if (!file) return null;
    const read = readBackupFile(file.bytes);
    if (!read.ok) return report({ kind: 'error', message: XS.openFailed(file.name, read.message) });
    try {
      const written = await bringIn(read.cases, true);
      if (!written) return { kind: 'cancelled', message: XS.cancelled };
      return report({ kind: 'done', message: XS.restored(written.length) });
    } catch (error) {
      return report({ kind: 'error', message: XS.storageFailed(why(error)) });
    }
  }, [host, bringIn, report]);

  const element = question && (
    <div className="fm-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && question.resolve(null)}>
      <section className="fm-modal" role="alertdialog" aria-modal="true" aria-label={XS.conflictTitle}>
        <h2>{XS.conflictTitle}</h2>
        <p>{question.message}</p>
        <div className="fm-modal-actions">
          <button type="button" className="fm-button" onClick={() => question.resolve(null)}>
            {XS.cancel}
          </button>
          <button type="button" className="fm-button fm-danger" onClick={() => question.resolve('replace')}>
            {question.replaceLabel}
          </button>
          {/* The safe answer takes focus: nothing is overwritten by pressing Enter. */}
          <button type="button" className="fm-button fm-primary" autoFocus onClick={() => question.resolve('keep-both')}>
            {XS.keepBoth}
          </button>
        </div>
      </section>
    </div>
  );

  return { openCaseFile, backupAll, restoreBackup, element };
}
