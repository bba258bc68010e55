// The application menu as data: which items exist on each platform, their
// accelerators, and which ones hand a MenuCommand to the renderer (the app has
// its own undo history, so Undo/Redo are commands too, not native roles).
// Only Electron's types are imported, so tests build it without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './preload/contract';
import { MENU_LABELS } from './messages';

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate({ platform, isPackaged, appName, send }: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{
      label: appName,
      submenu: [
        command(MENU_LABELS.about, 'about'),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: MENU_LABELS.file,
    submenu: [
      command(MENU_LABELS.newCase, 'new-case', 'CmdOrCtrl+N'),
      command(MENU_LABELS.importArticles, 'import-articles', 'CmdOrCtrl+O'),
      command(MENU_LABELS.export, 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: MENU_LABELS.edit,
    submenu: [
      command(MENU_LABELS.undo, 'undo', 'CmdOrCtrl+Z'),
      command(MENU_LABELS.redo, 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command(MENU_LABELS.find, 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: MENU_LABELS.view,
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Developer tools only in a development build, never in a shipped app.
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu' }] : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: MENU_LABELS.help,
    submenu: [
      command(MENU_LABELS.keyboardShortcuts, 'shortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [command(MENU_LABELS.about, 'about')]),
    ],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
