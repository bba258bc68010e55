// End-to-end journeys against the built renderer served by `vite preview`,
// in Debian's Chromium (or Playwright's own browser where one is installed).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Each work tree can serve its own build on its own port (FACTMARK_E2E_PORT).
const port = Number(process.env.FACTMARK_E2E_PORT ?? 4173);
const debianChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  // Imports load pdf.js and parse whole folders; give assertions room on a busy machine.
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
