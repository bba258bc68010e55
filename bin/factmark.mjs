#!/usr/bin/env node
// Launcher of the `factmark` command: runs the built tool, or says how to build it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const built = resolve(import.meta.dirname, '../out/cli/factmark.mjs');
if (!existsSync(built)) {
  console.error('factmark: the command-line tool is not built yet. Run `npm run build` (or `npm run build:cli`) first.');
  process.exit(1);
}
await import(pathToFileURL(built).href);
