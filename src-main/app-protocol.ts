// Serves the built renderer from app://factmark/ instead of file://: the page
// gets an origin of its own (no reach into other local files), and every
// response carries the Content-Security-Policy header.
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, PRINT_SCHEME, RENDERER_CSP, contentTypeFor, resolveAppAsset } from './app-origin';

/** Must run before the app is ready. */
export function registerAppSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    // standard + secure: a real origin for IndexedDB, module workers (fetch) and relative URLs; codeCache speeds start-up.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': RENDERER_CSP,
          'x-content-type-options': 'nosniff',
          'cross-origin-opener-policy': 'same-origin',
          'referrer-policy': 'no-referrer',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
