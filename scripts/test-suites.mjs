// Extra suites for `npm test` (scripts/run-tests.mjs runs them after the build,
// before e2e). Each entry is { name, command }: the command passes or fails as one test.
export default [
  { name: 'electron-scan', command: 'node scripts/electron-scan.mjs' },
  { name: 'web-annotation', command: 'node scripts/check-web-annotation.mjs' },
  { name: 'bench-smoke', command: 'node bench/run.mjs --smoke' },
];
