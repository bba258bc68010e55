// Builds the three parts of the app: main, preload and the renderer. The
// renderer build is also what the browser host (`npm run web`) and e2e serve.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: { outDir: resolve(root, 'out/main'), rollupOptions: { input: { index: resolve(root, 'src-main/index.ts') } } },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload runs as a plain script (no ES modules), so it is
      // built as CommonJS whatever the package's "type" says.
      rollupOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Less script to parse and compile before the first screen: start-up time is part of the product.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
    plugins: [react()],
  },
});
