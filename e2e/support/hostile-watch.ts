// Watches a page for any sign that imported content became active: a script
// touching the XSS marker, a dialog, a page error, a console error, or a
// request leaving the app's origin. CSP reports are counted apart: they are
// Chromium saying it blocked something, not something running.
import type { Page } from '@playwright/test';
import { XSS_MARKER } from '../../src-renderer/core/import/fixtures/xss-vectors';

export interface HostileWatch {
  /** Times a vector read, called or assigned the marker. */
  executed(page: Page): Promise<number>;
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  cspBlocked: string[];
  foreignRequests: string[];
  /** Every URL the page asked for, to tell the app's own files from anything content caused. */
  requestedUrls: string[];
  requests: number;
}

/** A trap on the global marker: every vector would read, call or set it if it ran. */
export async function installXssTrap(page: Page): Promise<void> {
  await page.addInitScript((marker) => {
    const w = window as unknown as Record<string, unknown>;
    w.__xssTouches = 0;
    const touched = () => (w.__xssTouches as number)++;
    Object.defineProperty(window, marker, {
      configurable: false,
      get() {
        touched();
        return () => touched();
      },
      set() {
        touched();
      },
    });
  }, XSS_MARKER);
}

export function watchPage(page: Page, origin: string): HostileWatch {
  const watch: HostileWatch = {
    dialogs: [],
    pageErrors: [],
    consoleErrors: [],
    cspBlocked: [],
    foreignRequests: [],
    requestedUrls: [],
    requests: 0,
    executed: (p) => p.evaluate(() => (window as unknown as { __xssTouches: number }).__xssTouches),
  };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/Content Security Policy/i.test(m.text())) watch.cspBlocked.push(m.text());
    // Chromium itself asks the server for a tab icon; the app has none, and no content caused it.
    else if (m.location().url === `${origin}/favicon.ico`) return;
    else watch.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('request', (r) => {
    watch.requests++;
    const url = r.url();
    watch.requestedUrls.push(url);
    // The app's own files, and blob: URLs it makes itself (workers, downloads).
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:' + origin)) return;
    watch.foreignRequests.push(url);
  });
  return watch;
}
