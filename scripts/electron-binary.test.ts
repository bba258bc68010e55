import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

function fakePackage(withBinary: boolean, executable = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-electron-'));
  writeFileSync(join(dir, 'path.txt'), 'electron');
  if (withBinary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', 'electron'), executable ? 0o755 : 0o644);
  }
  return dir;
}

describe('findElectronBinary', () => {
  const display = { DISPLAY: ':99' };

  it('finds a downloaded, executable binary', () => {
    const dir = fakePackage(true);
    expect(findElectronBinary(dir, display, 'linux')).toEqual({ ok: true, path: join(dir, 'dist', 'electron') });
  });

  it('says why it cannot start Electron', () => {
    expect(findElectronBinary(mkdtempSync(join(tmpdir(), 'factmark-electron-')), display, 'linux')).toMatchObject({ ok: false, reason: expect.stringMatching(/never downloaded/) });
    expect(findElectronBinary(fakePackage(false), display, 'linux')).toMatchObject({ ok: false, reason: expect.stringMatching(/no Electron executable/) });
    expect(findElectronBinary(fakePackage(true, false), display, 'linux')).toMatchObject({ ok: false, reason: expect.stringMatching(/not executable/) });
    expect(findElectronBinary(fakePackage(true), {}, 'linux')).toMatchObject({ ok: false, reason: expect.stringMatching(/no display/) });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakePackage(true);
    expect(findElectronBinary(mkdtempSync(join(tmpdir(), 'x-')), { ...display, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') }, 'linux')).toEqual({ ok: true, path: join(dir, 'dist', 'electron') });
  });

  it('reports this machine plainly', () => {
    const here = findElectronBinary();
    if (!here.ok) expect(here.reason.length).toBeGreaterThan(10);
  });
});
