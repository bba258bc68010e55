// Preload: exposes the named Factmark API (see ./contract.ts) to the renderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type FactmarkApi, type MenuCommand, type OpenedFile } from './contract';

const api: FactmarkApi = {
  openFiles: (r) => ipcRenderer.invoke(CHANNELS.openFiles, r),
  saveFile: (r) => ipcRenderer.invoke(CHANNELS.saveFile, r),
  printToPdf: (r) => ipcRenderer.invoke(CHANNELS.printToPdf, r),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  writeBackup: (json) => ipcRenderer.invoke(CHANNELS.writeBackup, json),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  onMenuCommand(listener) {
    const handler = (_e: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => ipcRenderer.removeListener(CHANNELS.menuCommand, handler);
  },
  onOpenCaseFile(listener) {
    const handler = (_e: unknown, file: OpenedFile) => listener(file);
    ipcRenderer.on(CHANNELS.openCaseFile, handler);
    return () => ipcRenderer.removeListener(CHANNELS.openCaseFile, handler);
  },
};

contextBridge.exposeInMainWorld('factmark', api);
