// Unit tests sit next to the code they test (`*.test.ts`). Core and storage
// run under Node (storage over fake-indexeddb); UI tests opt into jsdom per file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-renderer/**/*.test.{ts,tsx}', 'src-main/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Fuzzing and the 50,000-word corpus are CPU-bound; leave room on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
