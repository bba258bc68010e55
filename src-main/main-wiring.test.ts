// Runs the real main entry (src-main/index.ts) against a recording stand-in for
// the electron module, to check the wiring no unit test of a single module sees:
// schemes registered before ready, the window's preferences, the hardening
// hooks, every IPC channel behind its gate, and case files held until ready.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from './preload/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const onHandlers = new Map<string, Listener>();
  const userData = { dir: '' };
  const windows: FakeWindow[] = [];
  const calls: string[] = [];
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn() },
  };
  const printSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn() },
  };
  class FakeWindow {
    static getAllWindows = () => windows;
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { id: 41, on: vi.fn(), send: vi.fn(), printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')) };
    destroyed = false;
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once(event: string, fn: Listener) { this.listeners.set(event, fn); }
    on(event: string, fn: Listener) { this.listeners.set(event, fn); }
    async loadURL(url: string) { this.loadedUrl = url; }
    maximize() {}
    isMinimized() { return false; }
    isDestroyed() { return this.destroyed; }
    destroy() { this.destroyed = true; }
    isMaximized() { return false; }
    restore() {}
    focus() { calls.push('focus'); }
    getNormalBounds() { return { x: 10, y: 20, width: 1100, height: 700 }; }
  }
  const electron = {
    app: {
      isPackaged: true,
      setAppUserModelId: (id: string) => calls.push(`appUserModelId:${id}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Listener) => appListeners.set(event, fn),
      whenReady: async () => {
        calls.push('ready');
      },
      quit: vi.fn(),
      exit: vi.fn(),
      getPath: () => userData.dir,
      getName: () => 'Factmark',
      getVersion: () => '0.1.0',
    },
    protocol: { registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => calls.push(`schemes:${schemes.map((s) => s.scheme).join(',')}`) },
    session: { defaultSession: session, fromPartition: vi.fn(() => printSession) },
    ipcMain: { handle: (ch: string, fn: Listener) => handlers.set(ch, fn), on: (ch: string, fn: Listener) => onHandlers.set(ch, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    BrowserWindow: FakeWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { electron, appListeners, handlers, onHandlers, userData, windows, calls, session, printSession };
});

vi.mock('electron', () => fake.electron);

const trustedEvent = { sender: { id: 41 }, senderFrame: { url: 'app://factmark/index.html', parent: null } };
const flush = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(join(tmpdir(), 'factmark-main-'));
  await import('./index');
  await flush();
});

describe('main entry wiring', () => {
  it('registers the app schemes and sandboxing before the app is ready', () => {
    expect(fake.calls.slice(0, 4)).toEqual(['appUserModelId:org.factmark.app', 'enableSandbox', 'schemes:app,factmark-print', 'ready']);
  });

  it('opens one sandboxed, isolated window on the app origin', () => {
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win.loadedUrl).toBe('app://factmark/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('denies permissions and cancels requests that leave the app', () => {
    const request = fake.session.setPermissionRequestHandler.mock.calls[0][0] as Listener;
    const granted = vi.fn();
    request(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((fake.session.setPermissionCheckHandler.mock.calls[0][0] as Listener)()).toBe(false);
    const [filter, onBefore] = fake.session.webRequest.onBeforeRequest.mock.calls[0] as [unknown, Listener];
    expect(filter).toEqual({ urls: ['<all_urls>'] });
    const decide = (url: string) => {
      let verdict: unknown;
      onBefore({ url }, (v: unknown) => (verdict = v));
      return verdict;
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(decide('https://example.org/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://factmark/assets/index.js')).toEqual({ cancel: false });
  });

  it('refuses new windows, navigation and webviews in every web contents', () => {
    const created = fake.appListeners.get('web-contents-created') as Listener;
    const events = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    created({}, { setWindowOpenHandler: (fn: Listener) => (openHandler = fn), on: (e: string, fn: Listener) => events.set(e, fn) });
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      events.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('handles every invoke channel behind the sender and payload gates', async () => {
    const invokeChannels = Object.values(CHANNELS).filter((c) => ![CHANNELS.menuCommand, CHANNELS.openCaseFile, CHANNELS.rendererReady].includes(c as never));
    expect([...fake.handlers.keys()].sort()).toEqual(invokeChannels.sort());
    const appInfo = fake.handlers.get(CHANNELS.appInfo) as Listener;
    expect(await appInfo(trustedEvent)).toEqual({ name: 'Factmark', version: '0.1.0', platform: process.platform });
    expect(() => appInfo({ ...trustedEvent, sender: { id: 99 } })).toThrow(/did not come from the Factmark window/);
    expect(() => appInfo({ ...trustedEvent, senderFrame: { url: 'https://evil.example/', parent: null } })).toThrow(/did not come/);
    const openExternal = fake.handlers.get(CHANNELS.openExternal) as Listener;
    expect(() => openExternal(trustedEvent, 'javascript:alert(1)')).toThrow(/only http and https/);
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    await openExternal(trustedEvent, 'https://example.org/source');
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/source');
  });

  it('writes and reads backups in the app-data folder', async () => {
    const info = (await (fake.handlers.get(CHANNELS.writeBackup) as Listener)(trustedEvent, '{"cases":[]}')) as { name: string };
    expect(await (fake.handlers.get(CHANNELS.readBackup) as Listener)(trustedEvent, info.name)).toBe('{"cases":[]}');
    expect(await (fake.handlers.get(CHANNELS.listBackups) as Listener)(trustedEvent)).toHaveLength(1);
  });

  it('holds a case file from a second launch until the renderer is ready', async () => {
    const file = join(fake.userData.dir, 'vaccines.factmark');
    writeFileSync(file, '{"format":"factmark-case"}');
    (fake.appListeners.get('second-instance') as Listener)({}, ['/opt/Factmark/factmark', 'vaccines.factmark'], fake.userData.dir);
    await flush();
    const send = fake.windows[0].webContents.send;
    expect(fake.calls).toContain('focus');
    expect(send).not.toHaveBeenCalled();
    (fake.onHandlers.get(CHANNELS.rendererReady) as Listener)({ ...trustedEvent, sender: { id: 99 } });
    expect(send).not.toHaveBeenCalled();
    (fake.onHandlers.get(CHANNELS.rendererReady) as Listener)(trustedEvent);
    expect(send).toHaveBeenCalledWith(CHANNELS.openCaseFile, expect.objectContaining({ name: 'vaccines.factmark' }));
  });

  it('imports a picked folder and saves exports whole where the user chose', async () => {
    const folder = join(fake.userData.dir, 'articles');
    mkdirSync(join(folder, 'week1'), { recursive: true });
    writeFileSync(join(folder, 'week1', 'a.html'), '<p>A</p>');
    writeFileSync(join(folder, 'notes.docx'), 'x');
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const files = (await (fake.handlers.get(CHANNELS.openFiles) as Listener)(trustedEvent, { title: 'Import', extensions: ['html'], multiple: true, directory: true })) as { relativePath: string }[];
    expect(files.map((f) => f.relativePath)).toEqual(['articles/week1/a.html']);
    expect(fake.electron.dialog.showOpenDialog.mock.calls[0][1]).toMatchObject({ properties: ['openDirectory'] });

    const target = join(fake.userData.dir, 'report.html');
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await (fake.handlers.get(CHANNELS.saveFile) as Listener)(trustedEvent, { suggestedName: 'report.html', data: '<h1>Report</h1>', extensions: ['html'] });
    expect(saved).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('<h1>Report</h1>');
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await (fake.handlers.get(CHANNELS.saveFile) as Listener)(trustedEvent, { suggestedName: 'x.md', data: 'x', extensions: [] })).toEqual({ saved: false });
  });

  it('prints a report in a hidden window without JavaScript, in a session that loads nothing else', async () => {
    const target = join(fake.userData.dir, 'report.pdf');
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await (fake.handlers.get(CHANNELS.printToPdf) as Listener)(trustedEvent, { html: '<h1>Report</h1>', pageSize: 'Letter', suggestedName: 'report.html' });
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(fake.electron.dialog.showSaveDialog.mock.calls.at(-1)?.[1]).toMatchObject({ defaultPath: expect.stringMatching(/report\.pdf$/) });
    const printWindow = fake.windows[fake.windows.length - 1];
    expect(printWindow).not.toBe(fake.windows[0]);
    expect(printWindow.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: fake.printSession } });
    expect(printWindow.loadedUrl).toMatch(/^factmark-print:\/\/job\/[0-9a-f-]{36}$/);
    expect(printWindow.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', displayHeaderFooter: true }));
    expect(printWindow.destroyed).toBe(true);
    expect(fake.printSession.setPermissionRequestHandler).toHaveBeenCalled();
    const [, onBefore] = fake.printSession.webRequest.onBeforeRequest.mock.calls[0] as [unknown, Listener];
    let verdict: unknown;
    onBefore({ url: 'https://tracker.example/pixel.gif' }, (v: unknown) => (verdict = v));
    expect(verdict).toEqual({ cancel: true });
  });
});
