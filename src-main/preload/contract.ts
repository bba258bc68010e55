// The IPC contract between the main process and the renderer: channel names
// and the one API the preload exposes as `window.factmark`. The renderer
// imports this file for its types only; main validates every payload itself.

/** A file the user picked or opened, read by main and handed over as bytes. */
export interface OpenedFile {
  name: string;
  /** Path relative to a picked folder, or the file name. */
  relativePath: string;
  bytes: Uint8Array;
}

export interface OpenFilesRequest {
  title: string;
  /** Extensions without dots, e.g. ['txt', 'html']; empty for any file. */
  extensions: string[];
  multiple: boolean;
  /** Pick a whole folder and read every file under it. */
  directory: boolean;
}

export interface SaveFileRequest {
  suggestedName: string;
  data: string | Uint8Array;
  /** Extensions without dots, e.g. ['html']. */
  extensions: string[];
}

export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

export type PageSize = 'A4' | 'Letter';

export interface PrintToPdfRequest {
  html: string;
  pageSize: PageSize;
  suggestedName: string;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-case',
  'import-articles',
  'export',
  'undo',
  'redo',
  'find',
  'shortcuts',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the preload exposes on `window.factmark`. */
export interface FactmarkApi {
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<void>;
  appInfo(): Promise<AppInfo>;
  writeBackup(json: string): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<string>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to case files opened from the OS (double-click, argv, second instance). */
  onOpenCaseFile(listener: (file: OpenedFile) => void): () => void;
}

/** IPC channel names, one per API method. */
export const CHANNELS = {
  openFiles: 'factmark:open-files',
  saveFile: 'factmark:save-file',
  printToPdf: 'factmark:print-to-pdf',
  openExternal: 'factmark:open-external',
  appInfo: 'factmark:app-info',
  writeBackup: 'factmark:write-backup',
  listBackups: 'factmark:list-backups',
  readBackup: 'factmark:read-backup',
  menuCommand: 'factmark:menu-command',
  openCaseFile: 'factmark:open-case-file',
  rendererReady: 'factmark:renderer-ready',
} as const;
