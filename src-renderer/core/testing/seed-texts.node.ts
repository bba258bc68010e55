// Node-only test support: reads the three seed articles from `shared/seeds`,
// the folder beside the repository root (or beside the folder of its worktree).
// Kept out of core's own type-check (`*.node.ts`), since core has no file access.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function seedsDir(from: string = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'shared/seeds')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'shared/seeds');
}

/** The texts of seeds 000, 001 and 002, in that order. */
export function readSeedTexts(): [string, string, string] {
  const dir = seedsDir();
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length !== 3) throw new Error(`expected three seed articles in ${dir}, found ${files.length}`);
  const [a, b, c] = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  return [a, b, c];
}
