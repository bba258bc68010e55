// Host over the preload API (`window.factmark`), used when running in Electron.
import type { FactmarkApi } from '../../src-main/preload/contract';
import { isSafeExternalUrl, type Host } from './host';

export function createElectronHost(api: FactmarkApi): Host {
  return {
    kind: 'electron',
    pickFiles: (o) => api.openFiles({ title: o.title, extensions: o.extensions, multiple: o.multiple, directory: o.directory }),
    async saveFile(suggestedName, data) {
      const ext = /\.([a-z0-9]+)$/i.exec(suggestedName)?.[1];
      return (await api.saveFile({ suggestedName, data, extensions: ext ? [ext] : [] })).saved;
    },
    async printReport(html, pageSize, suggestedName) {
      return (await api.printToPdf({ html, pageSize, suggestedName })).saved;
    },
    async openExternal(url) {
      if (isSafeExternalUrl(url)) await api.openExternal(url);
    },
    // Main writes into <app-data>/backups atomically and keeps the newest BACKUPS_KEPT = 10 (src-main/backups.ts).
    backups: { kept: 10, write: async (file) => api.writeBackup(await file.text()), list: () => api.listBackups(), read: (name) => api.readBackup(name) },
    onMenuCommand: (l) => api.onMenuCommand(l),
    onOpenCaseFile: (l) => api.onOpenCaseFile(l),
  };
}
