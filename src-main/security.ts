// Hardening that applies to every page the app shows: no permissions, no
// requests outside the app, no navigation away, no new windows, no webviews.
import { app, type Session } from 'electron';
import { isAllowedRequest } from './app-origin';

/** Denies every permission request and check (camera, notifications, clipboard read, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Cancels every request the given rule refuses, so nothing reaches the network or other files. */
export function blockRequests(session: Session, isAllowed: (url: string) => boolean): void {
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowed(details.url);
    if (!allowed) console.warn(`[factmark] blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}

export function hardenAppSession(session: Session, devServerOrigin?: string): void {
  denyAllPermissions(session);
  blockRequests(session, (url) => isAllowedRequest(url, devServerOrigin));
}

/** Applies to every webContents the app ever creates, including the print window. */
export function refuseNavigationAndPopups(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
