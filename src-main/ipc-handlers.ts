// Every invoke channel of the contract, wired to its handler behind the same
// two gates: the sender must be our window's top frame on the app origin, and
// the payload must match the channel's schema (see ipc-validation.ts).
import { app, ipcMain, shell, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type AppInfo } from './preload/contract';
import { isTrustedSender, parseInvokePayload, type InvokeChannel, type InvokePayload } from './ipc-validation';
import { listBackups, readBackup, writeBackup } from './backups';
import { pickFiles, saveWithDialog } from './dialogs';
import { ERRORS, DIALOG_TEXT } from './messages';
import { pdfFileName } from './pdf-options';
import { renderPdf } from './print-pdf';

export interface IpcContext {
  /** The main window, once it exists. */
  window(): BrowserWindow | null;
  backupsDir: string;
  devServerOrigin?: string;
  onRendererReady(): void;
}

function assertTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent, context: IpcContext): BrowserWindow {
  const win = context.window();
  const frame = event.senderFrame;
  const trusted = win !== null && !win.isDestroyed() && isTrustedSender(
    { senderId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null },
    { windowContentsId: win.webContents.id, devServerOrigin: context.devServerOrigin },
  );
  if (!trusted || !win) throw new Error(ERRORS.untrustedSender);
  return win;
}

export function registerIpcHandlers(context: IpcContext): void {
  const handle = <C extends InvokeChannel>(channel: C, run: (payload: InvokePayload<C>, win: BrowserWindow) => unknown) => {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const win = assertTrustedSender(event, context);
      return run(parseInvokePayload(channel, args), win);
    });
  };

  handle(CHANNELS.openFiles, (request, win) => pickFiles(win, request));
  handle(CHANNELS.saveFile, (request, win) =>
    saveWithDialog(win, { title: DIALOG_TEXT.saveTitle, suggestedName: request.suggestedName, extensions: request.extensions }, () => request.data));
  handle(CHANNELS.printToPdf, (request, win) =>
    saveWithDialog(win, { title: DIALOG_TEXT.printTitle, suggestedName: pdfFileName(request.suggestedName), extensions: ['pdf'] },
      () => renderPdf(request.html, request.pageSize)));
  handle(CHANNELS.openExternal, (url) => shell.openExternal(url));
  handle(CHANNELS.appInfo, (): AppInfo => ({ name: app.getName(), version: app.getVersion(), platform: process.platform }));
  handle(CHANNELS.writeBackup, (json) => writeBackup(context.backupsDir, json));
  handle(CHANNELS.listBackups, () => listBackups(context.backupsDir));
  handle(CHANNELS.readBackup, (name) => readBackup(context.backupsDir, name));

  ipcMain.on(CHANNELS.rendererReady, (event) => {
    try {
      assertTrustedSender(event, context);
    } catch {
      return;
    }
    context.onRendererReady();
  });
}
