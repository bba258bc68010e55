// Extra suites for `npm test` (scripts/run-tests.mjs runs each command as one check).
export default [
  { name: 'web-annotation', command: 'node scripts/check-web-annotation.mjs' },
];
