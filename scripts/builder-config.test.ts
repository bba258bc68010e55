import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(join(root, 'resources/electron-builder.config.cjs'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targetsOf = (platform: { target: (string | { target: string })[] }) => platform.target.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder configuration', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.factmark.app');
    expect(config.productName).toBe('Factmark');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.author).toBeTruthy();
    expect(pkg.description).toBeTruthy();
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('builds every installer', () => {
    expect(targetsOf(config.win)).toEqual(['nsis', 'portable']);
    expect(targetsOf(config.mac)).toEqual(['dmg', 'zip']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('points at icons that exist', () => {
    expect(config.win.icon).toMatch(/\.ico$/);
    expect(config.mac.icon).toMatch(/\.icns$/);
    for (const file of [config.win.icon, config.mac.icon]) expect(statSync(join(root, file)).size, file).toBeGreaterThan(1000);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(root, config.linux.icon, `${size}x${size}.png`)), `${size}`).toBe(true);
  });

  it('opens .factmark files as an editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'factmark', name: 'Factmark case', mimeType: 'application/x-factmark+json', role: 'Editor' }),
    ]);
  });

  it('sets every hardening fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app and its manifest, into an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(config.directories.output).toBe('out/dist');
  });

  it('is what npm run dist uses', () => {
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
    expect(readFileSync(join(root, 'scripts/dist.mjs'), 'utf8')).toContain("'--config', 'resources/electron-builder.config.cjs'");
  });
});
