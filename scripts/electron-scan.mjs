// Electron hardening scan: runs electronegativity over the main process and
// fails on any HIGH or MEDIUM finding that the reviewed allow-list
// (resources/security/electronegativity-allowlist.json) does not justify,
// and on allow-list entries that no longer match anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const allowListPath = join(root, 'resources/security/electronegativity-allowlist.json');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const blocking = new Set(['HIGH', 'MEDIUM', 'CRITICAL']);

// issue,"SEVERITY","CONFIDENCE","file","line:col",sample (unquoted, may hold commas),"description",url
const ROW = /^(\w+),"(\w+)","(\w+)","([^"]*)","(\d+:\d+)",(.*),"([^"]*)",(\S+)$/;

/** Findings of one scan, or null when its report held a line that could not be read; exits when the scanner itself failed. */
function scan() {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-scan-'));
  const csv = join(dir, 'findings.csv');
  try {
    const run = spawnSync('npx', ['--no-install', 'electronegativity', '-i', 'src-main', '-r', '-e', electronVersion, '-o', csv],
      { cwd: root, encoding: 'utf8', timeout: 300_000 });
    if (!existsSync(csv)) {
      console.error(`electronegativity produced no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
      process.exit(2);
    }
    const lines = readFileSync(csv, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
    const findings = [];
    for (const line of lines) {
      const m = ROW.exec(line);
      if (!m) {
        console.error(`Unreadable scanner line: ${line}`);
        return null;
      }
      const [, check, severity, confidence, file, location, sample, description] = m;
      findings.push({ check, severity, confidence, file, location, sample: sample.trim().replace(/^"(.*)"$/, '$1'), description });
    }
    return findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { entries } = JSON.parse(readFileSync(allowListPath, 'utf8'));
for (const e of entries) {
  if (typeof e.reason !== 'string' || e.reason.trim().length < 20) {
    console.error(`Allow-list entry ${e.check} in ${e.file} has no real reason.`);
    process.exit(1);
  }
}

const started = Date.now();
// The scanner writes its report's header and its rows in two writes it does not wait for: when the
// header lands second, it overwrites the start of the first row, which then cannot be read. One more
// scan then gives a whole report; two garbled ones in a row fail.
const scanned = scan() ?? (console.error('The scanner report was garbled; scanning again.'), scan());
if (!scanned) process.exit(2);
const findings = scanned.filter((f) => blocking.has(f.severity));
const used = new Set();
const unjustified = findings.filter((f) => {
  const i = entries.findIndex((e) => e.check === f.check && e.file === f.file && f.sample.includes(e.sample));
  if (i >= 0) used.add(i);
  return i < 0;
});
const stale = entries.filter((_, i) => !used.has(i));

for (const f of findings) {
  const mark = unjustified.includes(f) ? 'NOT JUSTIFIED' : 'allowed';
  console.log(`${mark.padEnd(13)} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}  ${f.sample.slice(0, 90)}`);
}
for (const e of stale) console.log(`STALE         allow-list entry ${e.check} ${e.file} "${e.sample}" matched no finding: remove or update it`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const ok = unjustified.length === 0 && stale.length === 0;
console.log(`electron-scan (Electron ${electronVersion}): ${findings.length} HIGH/MEDIUM findings, ${findings.length - unjustified.length} justified, ${unjustified.length} not justified, ${stale.length} stale allow-list entries, ${seconds}s`);
process.exit(ok ? 0 : 1);
