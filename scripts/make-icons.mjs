// Renders resources/icon.svg (the one source image) into every icon the
// packages need: PNGs per size for Linux (resources/icons/<n>x<n>.png),
// icon.ico for Windows and icon.icns for macOS. Run: node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICNS_TYPES, packIcns, packIco } from './icon-containers.mjs';

const root = join(import.meta.dirname, '..');
const source = join(root, 'resources/icon.svg');
const outDir = join(root, 'resources/icons');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = readFileSync(source);
const sizes = new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)]);
const pngBySize = new Map();
for (const size of sizes) {
  pngBySize.set(size, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

mkdirSync(outDir, { recursive: true });
let total = 0;
const write = (name, data) => {
  writeFileSync(join(outDir, name), data);
  total += data.length;
};
for (const size of LINUX_SIZES) write(`${size}x${size}.png`, pngBySize.get(size));
write('icon.ico', packIco(ICO_SIZES.map((size) => ({ size, png: pngBySize.get(size) }))));
write('icon.icns', packIcns(pngBySize));
console.log(`icons written to resources/icons (${LINUX_SIZES.length} PNGs, icon.ico, icon.icns; ${(total / 1024).toFixed(0)} KB)`);
