// Builds the command-line tool: src-renderer/cli/factmark.ts and the pure core
// it uses, bundled into one ES module for Node 20 at out/cli/factmark.mjs.
// Node built-ins stay external; pure npm packages (zod, linkedom) are bundled
// in. jsdom and pdfjs-dist load files of their own at run time, so they are
// left external and resolved from the project's node_modules, next to bin/.
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['jsdom', 'pdfjs-dist', 'dompurify'], target: 'node' },
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
