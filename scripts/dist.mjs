// `npm run dist`: builds the app, renders the icons and runs electron-builder
// for this platform with resources/electron-builder.config.cjs. Arguments pass
// through (`npm run dist -- --dir` makes only the unpacked app folder).
// Where Electron cannot be downloaded, FACTMARK_ELECTRON_DIST (or ELECTRON_DIST)
// names an unpacked Electron of the same version to package instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const electronDist = process.env.FACTMARK_ELECTRON_DIST || process.env.ELECTRON_DIST;

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

const howToProvideElectron = [
  `electron-builder needs Electron ${electronVersion} for this platform and downloads it from Electron's release servers.`,
  'Where they cannot be reached, either run `npm run dist` on a machine that reaches them, or unpack the',
  `Electron ${electronVersion} zip for your platform (electron-v${electronVersion}-<platform>-<arch>.zip) into a folder and run:`,
  '  FACTMARK_ELECTRON_DIST=/path/to/unpacked-electron npm run dist -- --dir',
  'Installers (AppImage, deb, NSIS, dmg) also fetch packaging tools; build them on a machine with network access.',
].join('\n');

if (electronDist && !existsSync(electronDist)) {
  console.error(`FACTMARK_ELECTRON_DIST points at ${electronDist}, which does not exist.`);
  process.exit(1);
}
if (!run('npx', ['electron-vite', 'build']) || !run('node', ['scripts/make-icons.mjs'])) process.exit(1);

if (electronDist) console.log(`\nPackaging with the unpacked Electron in ${electronDist}.`);
else console.log(`\nNo FACTMARK_ELECTRON_DIST set: electron-builder will download Electron ${electronVersion} (needs network access).`);

const ok = run('npx', ['electron-builder', '--config', 'resources/electron-builder.config.cjs', '--publish', 'never', ...process.argv.slice(2)]);
if (!ok) {
  if (!electronDist) console.error(`\nPackaging failed. If the Electron download failed:\n${howToProvideElectron}`);
  process.exit(1);
}
console.log('\nPackages are in out/dist/.');
