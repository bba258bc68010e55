// `npm test`: every suite in turn (type-check, lint, security scan, unit,
// conformance, end-to-end), then one summary line for all of them together:
// "N passed, M failed, K skipped". Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** A check that is one test: it passes or fails as a whole. */
const check = (name, command) => ({ name, command, count: (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }) });

function vitestCount(file) {
  return () => {
    if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
    const r = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: r.numPassedTests, failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites), skipped: r.numPendingTests + r.numTodoTests };
  };
}

function playwrightCount(file) {
  return () => {
    if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
    const s = JSON.parse(readFileSync(file, 'utf8')).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected + (s.errors ?? 0), skipped: s.skipped };
  };
}

const vitestJson = join(reports, 'vitest.json');
const e2eJson = join(reports, 'e2e.json');

const suites = [
  check('type-check', 'npm run -s typecheck'),
  check('lint', 'npm run -s lint'),
  { name: 'unit', command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestJson}`, count: vitestCount(vitestJson) },
  check('build', 'npm run -s build'),
  { name: 'e2e', command: 'npx playwright test --reporter=list,json', env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson }, count: playwrightCount(e2eJson) },
];

const extra = join('scripts', 'test-suites.mjs');
if (existsSync(extra)) {
  const { default: more } = await import('./test-suites.mjs');
  suites.splice(suites.length - 1, 0, ...more.map((s) => (s.count ? s : check(s.name, s.command))));
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name}: ${suite.command}`);
  const started = Date.now();
  const r = spawnSync(suite.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...(suite.env ?? {}) } });
  const ok = r.status === 0;
  let c = suite.count(ok);
  if (!ok && c.failed === 0) c = { ...c, failed: 1 };
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  lines.push(`${suite.name.padEnd(14)} ${String(c.passed).padStart(4)} passed ${String(c.failed).padStart(3)} failed ${String(c.skipped).padStart(3)} skipped  ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

console.log('\n=== summary');
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
