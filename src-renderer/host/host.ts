// The renderer's only door to the outside world. Screens call a Host; which
// implementation they get (Electron over the preload API, or a plain browser)
// is decided once at start-up in ./index.ts.
import type { BackupInfo, MenuCommand, OpenedFile, PageSize } from '../../src-main/preload/contract';

export type { BackupInfo, MenuCommand, OpenedFile, PageSize };

export interface PickFilesOptions {
  title: string;
  /** Extensions without dots; empty accepts any file. */
  extensions: string[];
  multiple: boolean;
  directory: boolean;
}

/** Where the automatic backups of every case are kept; the host keeps only the newest few. */
export interface BackupStore {
  /** How many backups are kept; older ones are dropped. */
  readonly kept: number;
  /** Stores one backup (the JSON of every case, as a file) and drops the oldest beyond the kept number. */
  write(file: Blob): Promise<BackupInfo>;
  /** The kept backups, newest first. */
  list(): Promise<BackupInfo[]>;
  /** A backup's JSON by the name list() gave. */
  read(name: string): Promise<string>;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Lets the user pick files (or a folder) and returns their bytes; [] when cancelled. */
  pickFiles(options: PickFilesOptions): Promise<OpenedFile[]>;
  /** Saves data under a suggested name; false when the user cancelled. */
  saveFile(suggestedName: string, data: string | Uint8Array, mime: string): Promise<boolean>;
  /** Turns a self-contained HTML report into a PDF (Electron) or opens the print dialog (browser). */
  printReport(html: string, pageSize: PageSize, suggestedName: string): Promise<boolean>;
  /** Opens an http(s) URL in the system browser after a user gesture. */
  openExternal(url: string): Promise<void>;
  readonly backups: BackupStore;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenCaseFile(listener: (file: OpenedFile) => void): () => void;
}

/** Only http and https links ever leave the app. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
