// What every screen needs: the repositories, the host, the reviewer's name,
// the undo stack and the backup scheduler. Provided once by App.
import { createContext, useContext } from 'react';
import type { Repositories } from '../../storage';
import type { Host } from '../../host';
import type { UndoStack } from './undo-stack';
import type { BackupScheduler } from '../backups/backup-scheduler';

export interface AppServices {
  repos: Repositories;
  host: Host;
  undo: UndoStack;
  reviewer: string;
  setReviewer(name: string): void;
  notify(message: string, kind?: 'info' | 'error'): void;
  /** The automatic backups of every case ("Back up now" in Settings). */
  backups: BackupScheduler;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}
