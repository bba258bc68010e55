// What every screen needs: the repositories, the host, the reviewer's name
// and the undo stack. Provided once by App.
import { createContext, useContext } from 'react';
import type { Repositories } from '../../storage';
import type { Host } from '../../host';
import type { UndoStack } from './undo-stack';

export interface AppServices {
  repos: Repositories;
  host: Host;
  undo: UndoStack;
  reviewer: string;
  setReviewer(name: string): void;
  notify(message: string, kind?: 'info' | 'error'): void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}
