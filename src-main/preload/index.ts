// Preload: exposes exactly the named Factmark API of ./contract.ts as
// `window.factmark`. The page never gets ipcRenderer itself, nor the IPC event
// objects: listeners receive only the validated command or file.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, MENU_COMMANDS, type FactmarkApi, type MenuCommand, type OpenedFile } from './contract';

const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.includes(value as MenuCommand);

const isOpenedFile = (value: unknown): value is OpenedFile => {
  const v = value as Partial<OpenedFile> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.relativePath === 'string' && v.bytes instanceof Uint8Array;
};

let toldMainReady = false;

const api: FactmarkApi = {
  openFiles: (request) => ipcRenderer.invoke(CHANNELS.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(CHANNELS.printToPdf, request),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  writeBackup: (json) => ipcRenderer.invoke(CHANNELS.writeBackup, json),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  onMenuCommand(listener) {
    const handler = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
  },
  onOpenCaseFile(listener) {
    const handler = (_event: Electron.IpcRendererEvent, file: unknown) => {
      if (isOpenedFile(file)) listener(file);
    };
    ipcRenderer.on(CHANNELS.openCaseFile, handler);
    // Subscribing is the renderer saying it can take case files: main holds them until then.
    if (!toldMainReady) {
      toldMainReady = true;
      ipcRenderer.send(CHANNELS.rendererReady);
    }
    return () => ipcRenderer.removeListener(CHANNELS.openCaseFile, handler);
  },
};

contextBridge.exposeInMainWorld('factmark', api);
