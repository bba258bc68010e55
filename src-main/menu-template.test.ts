import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from './preload/contract';
import { buildMenuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isPackaged = true) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, isPackaged, appName: 'Factmark', send: (c) => sent.push(c) });
  return { template, items: flatten(template), sent };
}

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit under File', () => {
    const { template, items } = build('win32');
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0].submenu as MenuItemConstructorOptions[];
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual(['New Case', 'Import Articles…', 'Export…', 'separator', 'quit']);
    expect(items.some((i) => i.role === 'services')).toBe(false);
  });

  it('puts the app menu first on macOS, with About and Quit there', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Factmark', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    const appMenu = (template[0].submenu as MenuItemConstructorOptions[]).map((i) => i.id ?? i.role ?? i.type);
    expect(appMenu[0]).toBe('about');
    expect(appMenu.at(-1)).toBe('quit');
  });

  it('sends every menu command to the renderer with its accelerator', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { items, sent } = build(platform);
      for (const cmd of MENU_COMMANDS) {
        const item = items.find((i) => i.id === cmd);
        expect(item, `${platform} ${cmd}`).toBeDefined();
        (item?.click as () => void)();
      }
      expect(sent).toEqual([...MENU_COMMANDS]);
      expect(Object.fromEntries(items.filter((i) => i.id).map((i) => [i.id, i.accelerator]))).toMatchObject({
        'new-case': 'CmdOrCtrl+N', 'import-articles': 'CmdOrCtrl+O', export: 'CmdOrCtrl+E', undo: 'CmdOrCtrl+Z', find: 'CmdOrCtrl+F', shortcuts: 'CmdOrCtrl+/',
      });
    }
  });

  it('routes Undo and Redo to the app rather than to native roles, and keeps clipboard roles native', () => {
    const { items } = build('linux');
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
      expect(items.some((i) => i.role === role), role).toBe(true);
    }
  });

  it('offers developer tools only in a development build', () => {
    expect(build('linux', true).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', false).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
