// Lint rules, and the layer boundaries of ARCHITECTURE.md as import
// restrictions: a wrong import between layers fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const uiLibs = ['react', 'react-dom', 'react-dom/*', 'react/*', 'lexical', '@lexical/*', 'dexie', 'dexie-*', 'electron', 'electron/*'];
const banned = (groups, message) => ({ group: groups, message });
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'DOMParser', 'location', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/core/**/*.ts'],
    ignores: ['src-renderer/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        banned(uiLibs, 'core is pure: no React, Lexical, Dexie or Electron.'),
        banned(['**/storage/**', '**/editor/**', '**/ui/**', '**/host/**', '**/src-main/**'], 'core imports nothing above it.'),
      ] }],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'core takes its DOM and I/O as dependencies.' }))],
    },
  },
  {
    files: ['src-renderer/storage/**/*.ts'],
    ignores: ['src-renderer/storage/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        banned(['react', 'react-dom', 'react/*', 'lexical', '@lexical/*', 'electron', 'electron/*'], 'storage imports core and Dexie only.'),
        banned(['**/editor/**', '**/ui/**', '**/host/**', '**/src-main/**'], 'storage imports core only.'),
      ] }],
    },
  },
  {
    files: ['src-renderer/editor/**/*.{ts,tsx}'],
    ignores: ['src-renderer/editor/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        banned(['dexie', 'dexie-*', 'electron', 'electron/*'], 'the editor never touches storage or Electron.'),
        banned(['**/storage/**', '**/ui/**', '**/host/**', '**/src-main/**'], 'the editor imports core only.'),
      ] }],
    },
  },
  {
    files: ['src-renderer/ui/**/*.{ts,tsx}', 'src-renderer/host/**/*.ts', 'src-renderer/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        banned(['electron', 'electron/*'], 'the renderer reaches Electron only through the preload API.'),
        { group: ['**/src-main/**'], allowTypeImports: true, message: 'the renderer shares only the IPC contract types with main.' },
      ] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', 'bench/**/*.{ts,mjs}', '*.config.{js,ts}', 'bin/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['src-renderer/ui/**/*.{ts,tsx}', 'src-renderer/editor/**/*.{ts,tsx}', 'src-renderer/storage/**/*.ts', 'src-renderer/core/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'factmark', message: 'use the host interface in src-renderer/host/.' }],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [banned(['**/src-renderer/**'], 'main shares only the IPC contract with the renderer.')] }],
    },
  },
);
