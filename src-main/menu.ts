// Installs the application menu; its items send MenuCommands to the main window.
import { app, Menu, type BrowserWindow } from 'electron';
import { CHANNELS } from './preload/contract';
import { buildMenuTemplate } from './menu-template';

export function installApplicationMenu(window: () => BrowserWindow | null): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.getName(),
    send: (command) => {
      const win = window();
      if (win && !win.isDestroyed()) win.webContents.send(CHANNELS.menuCommand, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
