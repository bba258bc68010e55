// Turns a self-contained HTML report into PDF bytes: the HTML is served from
// memory to a hidden, sandboxed window with JavaScript off, in a session of its
// own that loads nothing but that page and inline data.
import { BrowserWindow, session as electronSession, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import type { PageSize } from './preload/contract';
import { PRINT_CSP, PRINT_SCHEME, isAllowedPrintRequest } from './app-origin';
import { pdfOptions } from './pdf-options';
import { blockRequests, denyAllPermissions } from './security';

const PRINT_PARTITION = 'factmark-print';
const pendingPages = new Map<string, string>();
let printSession: Session | null = null;

function preparedSession(): Session {
  if (printSession) return printSession;
  // No "persist:" prefix: the session lives in memory and keeps nothing on disk.
  const s = electronSession.fromPartition(PRINT_PARTITION);
  denyAllPermissions(s);
  blockRequests(s, isAllowedPrintRequest);
  s.protocol.handle(PRINT_SCHEME, (request) => {
    const html = pendingPages.get(new URL(request.url).pathname.slice(1));
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP } });
  });
  printSession = s;
  return s;
}

export async function renderPdf(html: string, pageSize: PageSize): Promise<Uint8Array> {
  const id = randomUUID();
  pendingPages.set(id, html);
  const win = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      session: preparedSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      images: true,
    },
  });
  try {
    await win.loadURL(`${PRINT_SCHEME}://job/${id}`);
    return new Uint8Array(await win.webContents.printToPDF(pdfOptions(pageSize)));
  } finally {
    pendingPages.delete(id);
    win.destroy();
  }
}
