// Extra suites for `npm test` (scripts/run-tests.mjs runs them before e2e).
// Each entry is { name, command }: the command passes or fails as one test.
export default [
  { name: 'electron-scan', command: 'node scripts/electron-scan.mjs' },
];
