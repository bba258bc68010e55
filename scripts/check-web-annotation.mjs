// Conformance of the Web Annotation export: builds the command-line tool,
// makes the sample case from the seed articles, exports it as an
// AnnotationCollection and runs the W3C conformance kit on it (--selectors).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** `shared/` beside the repository root, or beside the folder of its worktree. */
function sharedDir() {
  for (let dir = root; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared');
  }
  console.error('check-web-annotation: no shared/seeds folder beside the repository.');
  process.exit(2);
}

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`check-web-annotation: ${label} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

const shared = sharedDir();
const work = mkdtempSync(join(tmpdir(), 'factmark-wa-'));
try {
  const cli = join(root, 'out/cli/factmark.mjs');
  const bundle = join(work, 'sample.factmark.json');
  const annotations = join(work, 'sample.annotations.jsonld');
  run([join(root, 'scripts/build-cli.mjs')], 'building the command-line tool');
  run([cli, 'sample', join(shared, 'seeds'), '-o', bundle], 'making the sample case');
  run([cli, 'export', bundle, '--format', 'webannotation', '-o', annotations], 'the Web Annotation export');
  run([join(shared, 'conformance/web-annotation/check.mjs'), annotations, '--selectors'], 'the conformance check');
} finally {
  rmSync(work, { recursive: true, force: true });
}
