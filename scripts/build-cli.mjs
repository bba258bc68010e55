// Builds the command-line tool: src-renderer/cli/factmark.ts and the pure core
// it uses, bundled into one ES module for Node 20 at out/cli/factmark.mjs.
// Node built-ins stay external; npm packages (zod, linkedom) are bundled in.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src-renderer/cli/factmark.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'factmark.mjs', codeSplitting: false } },
  },
});
console.log('Built out/cli/factmark.mjs');
