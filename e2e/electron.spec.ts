// Journey: the desktop app starts, shows Factmark in one hardened window, its
// menu is in place and reaches the renderer, and the page can neither reach
// the network, open windows nor get past the IPC gate. Runs wherever an
// Electron binary can start (run `npx electron-vite build` first); elsewhere it
// is skipped with the reason. The built renderer is also checked in Chromium
// under the exact Content-Security-Policy header that main sends with it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { FactmarkApi, MenuCommand } from '../src-main/preload/contract';
import { RENDERER_CSP } from '../src-main/app-origin';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

const root = join(import.meta.dirname, '..');
const mainEntry = join(root, 'out/main/index.js');
// Reads the path the electron package recorded instead of require('electron'), which would try to download it.
const binary = findElectronBinary();

// The page's globals, typed here because e2e code compiles without the DOM library.
type FactmarkWindow = { factmark: FactmarkApi; open(url: string): unknown };

test.describe('Electron shell', () => {
  test.skip(!binary.ok, `Electron binary not available here: ${binary.ok ? '' : binary.reason}`);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    expect(existsSync(mainEntry), 'build the app first: npx electron-vite build').toBe(true);
    app = await electron.launch({
      executablePath: binary.ok ? binary.path : undefined,
      args: [mainEntry],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1', HOME: mkdtempSync(join(tmpdir(), 'factmark-e2e-home-')) },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('shows Factmark from the app origin in one window', async () => {
    await expect(page).toHaveTitle(/Factmark/);
    expect(page.url()).toBe('app://factmark/index.html');
    expect(app.windows()).toHaveLength(1);
    const info = await page.evaluate(() => (globalThis as unknown as FactmarkWindow).factmark.appInfo());
    expect(info.name).toBe('Factmark');
  });

  test('runs with secure web preferences', async () => {
    // getLastWebPreferences() is undocumented (missing from the typings) but is what the live window really uses.
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences());
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as FactmarkWindow).factmark).sort())).toEqual([
      'appInfo', 'listBackups', 'onMenuCommand', 'onOpenCaseFile', 'openExternal', 'openFiles', 'printToPdf', 'readBackup', 'saveFile', 'writeBackup',
    ]);
  });

  test('registers the File menu commands and delivers them to the renderer', async () => {
    const file = await app.evaluate(({ Menu }) => ['new-case', 'import-articles', 'export'].map((id) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      return item ? { id, label: item.label, accelerator: item.accelerator } : null;
    }));
    expect(file).toEqual([
      { id: 'new-case', label: 'New Case', accelerator: 'CmdOrCtrl+N' },
      { id: 'import-articles', label: 'Import Articles…', accelerator: 'CmdOrCtrl+O' },
      { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E' },
    ]);
    const received = page.evaluate(() => new Promise<MenuCommand>((resolve) => {
      const stop = (globalThis as unknown as FactmarkWindow).factmark.onMenuCommand((command) => {
        stop();
        resolve(command);
      });
    }));
    await app.evaluate(({ Menu, BrowserWindow }) => Menu.getApplicationMenu()?.getMenuItemById('new-case')?.click(undefined, BrowserWindow.getAllWindows()[0]));
    expect(await received).toBe('new-case');
  });

  test('blocks the network, inline script, new windows and malformed IPC', async () => {
    const outcome = await page.evaluate(async () => {
      const api = (globalThis as unknown as FactmarkWindow).factmark;
      const fetched = await fetch('https://example.org/').then(() => 'loaded', () => 'blocked');
      let evaluated = 'blocked';
      try {
        evaluated = String(new Function('return "ran"')());
      } catch {
        // refused by the Content-Security-Policy
      }
      const popup = (globalThis as unknown as FactmarkWindow).open('https://example.org/');
      const external = await api.openExternal('javascript:alert(1)').then(() => 'opened', (e: unknown) => String(e));
      const backup = await api.readBackup('../../etc/passwd').then(() => 'read', (e: unknown) => String(e));
      return { fetched, evaluated, popup: popup === null ? 'refused' : 'opened', external, backup };
    });
    expect(outcome).toMatchObject({ fetched: 'blocked', evaluated: 'blocked', popup: 'refused' });
    expect(outcome.external).toContain('only http and https');
    expect(outcome.backup).toContain('not a backup file name');
    expect(app.windows()).toHaveLength(1);
  });
});

test.describe('Renderer under the desktop Content-Security-Policy', () => {
  test('starts without a single policy violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      // Chromium reports each blocked load or script as "Refused to … because it violates … Content Security Policy".
      if (/Refused to [\s\S]*Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': RENDERER_CSP } });
    });
    // The backup worker starts in the first idle moment after start, a backup being due on a first run.
    const backupWorker = page.waitForResponse(/backup\.worker-[^/]*\.js$/);
    await page.goto('/');
    await expect(page.locator('#root')).not.toBeEmpty();
    await expect(page).toHaveTitle(/Factmark/);
    // Whatever the page does next (lazy chunks, workers) must stay inside the policy too.
    await backupWorker;
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
