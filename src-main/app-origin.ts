// The app's own origin, app://factmark, and what may load in its pages: which
// built file a URL names (never one outside the renderer folder), the
// Content-Security-Policy sent with each, and which requests leave the app (none).
// Pure (no Electron import) so unit tests reach it.
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'factmark';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** Scheme of the in-memory pages that the hidden print window renders. */
export const PRINT_SCHEME = 'factmark-print';

/**
 * The renderer's policy. No remote origins and no inline or eval'd script.
 * style-src needs 'unsafe-inline' because React writes `style` attributes
 * (positions of popovers, highlight colours) and Lexical sets inline styles on
 * text it formats; styles cannot run code, and script stays locked to 'self'.
 * blob: serves workers (PDF text extraction), object URLs of imported images and
 * the report preview frame; data: serves inline images of imported articles.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy of the hidden window that prints a report to PDF: JavaScript is
 * off there anyway; the report is self-contained, so only inline styles and
 * data: images and fonts load.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under rendererRoot that an app:// URL names, or null for anything else. */
export function resolveAppAsset(rendererRoot: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rendererRoot);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * Whether a request may proceed. The app's own files, in-memory data and, in
 * development, the dev server are the only things a page may load; every
 * http(s), ws, ftp and file: request is cancelled, so the app never reaches
 * the network or files outside its folder on its own.
 */
export function isAllowedRequest(rawUrl: string, devServerOrigin?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:') return true;
  if (devServerOrigin) {
    const dev = new URL(devServerOrigin);
    const sameHost = url.host === dev.host;
    if (sameHost && (url.protocol === dev.protocol || url.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:'))) return true;
  }
  return false;
}

/** The print window may load only its own in-memory page and inline data. */
export function isAllowedPrintRequest(rawUrl: string): boolean {
  return rawUrl.startsWith(`${PRINT_SCHEME}://`) || rawUrl.startsWith('data:');
}
