// Electron main entry: app lifecycle and wiring. One hardened window serves
// the renderer from app://factmark; case files opened from the OS reach the
// renderer once it says it is ready. Each concern lives in its own module.
import { app, dialog, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { CHANNELS } from './preload/contract';
import { APP_ENTRY_URL } from './app-origin';
import { registerAppSchemes, serveRenderer } from './app-protocol';
import { CaseFileInbox, caseFilePathsFromArgv, readCaseFile } from './case-files';
import { registerIpcHandlers } from './ipc-handlers';
import { installApplicationMenu } from './menu';
import { CASE_FILE_TEXT } from './messages';
import { hardenAppSession, refuseNavigationAndPopups } from './security';
import { createMainWindow } from './window';

const APP_USER_MODEL_ID = 'org.factmark.app';

// In development electron-vite serves the renderer; a packaged app never looks at this variable.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;

let mainWindow: BrowserWindow | null = null;
const currentWindow = () => mainWindow;

const inbox = new CaseFileInbox((file) => mainWindow?.webContents.send(CHANNELS.openCaseFile, file));

function openCaseFile(path: string): void {
  readCaseFile(path).then(
    (file) => inbox.receive(file),
    (error: unknown) => dialog.showErrorBox(CASE_FILE_TEXT.openFailedTitle, error instanceof Error ? error.message : String(error)),
  );
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const ses = session.defaultSession;
  hardenAppSession(ses, devServerOrigin);
  serveRenderer(ses, join(import.meta.dirname, '../renderer'));
  registerIpcHandlers({
    window: currentWindow,
    backupsDir: join(app.getPath('userData'), 'backups'),
    devServerOrigin,
    onRendererReady: () => inbox.markReady(),
  });
  installApplicationMenu(currentWindow);

  mainWindow = await createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    url: devServerUrl ?? APP_ENTRY_URL,
  });
  // A reload drops the renderer's listeners: hold case files until it is ready again.
  mainWindow.webContents.on('did-navigate', () => inbox.markNotReady());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  for (const path of caseFilePathsFromArgv(process.argv.slice(1), process.cwd())) openCaseFile(path);
}

app.setAppUserModelId(APP_USER_MODEL_ID);
// Every renderer is sandboxed, whatever its webPreferences say.
app.enableSandbox();
registerAppSchemes();
refuseNavigationAndPopups();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const path of caseFilePathsFromArgv(argv.slice(1), workingDirectory)) openCaseFile(path);
  });
  // macOS hands over double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openCaseFile(path);
  });
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error('[factmark] failed to start', error);
    app.exit(1);
  });
}
