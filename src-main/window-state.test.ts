import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialBounds, isOnSomeDisplay, readWindowState, writeWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state file', () => {
  it('round-trips a valid state', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'factmark-ws-')), 'window-state.json');
    const state = { x: 40, y: 30, width: 1200, height: 780, maximized: true };
    writeWindowState(file, state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    expect(await readWindowState(file)).toEqual(state);
  });

  it('ignores a missing, corrupt or out-of-range file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factmark-ws-'));
    expect(await readWindowState(join(dir, 'none.json'))).toBeNull();
    const file = join(dir, 'window-state.json');
    for (const bad of ['{"x":1', '{"x":0,"y":0,"width":10,"height":800,"maximized":false}', '{"x":0,"y":0,"width":1000,"height":800,"maximized":"yes"}',
      '{"x":0,"y":0,"width":1000,"height":800,"maximized":false,"extra":1}', '[]', 'null']) {
      await writeFile(file, bad);
      expect(await readWindowState(file), bad).toBeNull();
    }
  });
});

describe('placing the window', () => {
  it('restores a position on a display that is still there', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialBounds(saved, [laptop, rightMonitor])).toEqual({ x: 1600, y: 100, width: 1400, height: 900 });
  });

  it('drops the position when that display is gone, keeping a size that fits', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(isOnSomeDisplay({ x: 1600, y: 100, width: 2000, height: 1200 }, [laptop])).toBe(false);
    expect(initialBounds(saved, [laptop])).toEqual({ width: 1440, height: 875 });
  });

  it('needs more than a sliver on screen', () => {
    expect(isOnSomeDisplay({ x: 1400, y: 0, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isOnSomeDisplay({ x: 1300, y: 0, width: 800, height: 600 }, [laptop])).toBe(true);
  });

  it('uses the default size on first launch', () => {
    expect(initialBounds(null, [rightMonitor])).toEqual({ width: 1280, height: 800 });
  });
});
