// Picks the host once: Electron when the preload exposed its API, else browser.
import type { FactmarkApi } from '../../src-main/preload/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { BackupInfo, BackupStore, Host } from './host';
export { isSafeExternalUrl } from './host';

export function detectHost(): Host {
  const api = (window as unknown as { factmark?: FactmarkApi }).factmark;
  return api ? createElectronHost(api) : createBrowserHost();
}
