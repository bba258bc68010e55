// `npm start`: builds the app, then runs it in Electron when an Electron binary
// can start here; otherwise says so and serves the same built renderer in the
// browser (the browser host) so `npm install && npm start` always shows the app.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const WEB_URL = 'http://127.0.0.1:5173';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = findElectronBinary();
const [command, args] = electron.ok
  ? ['npx', ['electron-vite', 'preview', '--skipBuild']]
  : ['npx', ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', '5173', '--strictPort']];

if (electron.ok) {
  console.log(`\nStarting Factmark in Electron (${electron.path}).\n`);
} else {
  console.log([
    '',
    `Electron cannot start here: ${electron.reason}.`,
    `Serving Factmark in the browser instead: open ${WEB_URL}`,
    '(The browser version keeps your cases in this browser; imports use file pickers, exports are downloads.)',
    'To run the desktop app, install Electron with network access (`npx install-electron`) or set',
    'ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder, then run `npm start` again.',
    '',
  ].join('\n'));
}

const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
