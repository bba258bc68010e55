// Finds an Electron executable that can start here, without triggering the
// electron package's download-on-require (which hangs or fails offline).
// Used by `npm start` and the Electron e2e journey to decide, and to say why not.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const defaultPackageDir = join(import.meta.dirname, '..', 'node_modules', 'electron');

/**
 * { ok: true, path } when an executable Electron exists (ELECTRON_OVERRIDE_DIST_PATH,
 * or the one the electron package downloaded), else { ok: false, reason }.
 */
export function findElectronBinary(packageDir = defaultPackageDir, env = process.env, platform = process.platform) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  let path;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? (platform === 'win32' ? 'electron.exe' : 'electron'));
  else if (relative) path = join(packageDir, 'dist', relative);
  else return { ok: false, reason: 'the Electron binary was never downloaded (node_modules/electron has no path.txt; its download needs network access to GitHub)' };
  if (!existsSync(path)) return { ok: false, reason: `no Electron executable at ${path}` };
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return { ok: false, reason: `${path} is not executable` };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); try xvfb-run' };
  return { ok: true, path };
}
