// Re-anchoring at scale: a 50,000-word article of recombined seed sentences (so
// every sentence recurs dozens of times), 2,000 claims, and an edit with typo
// fixes, an inserted paragraph, deleted quotes and duplicated sentences.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLargeReanchorCase } from '../testing/large-case';
import { reanchorClaims } from './reanchor';

function findSeeds(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('shared/seeds not found');
}
const seedsDir = findSeeds(join(import.meta.dirname, '../../..'));
const seedTexts = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));

describe('reanchorClaims on a 50,000-word article with 2,000 claims', () => {
  for (const seed of [1, 2, 3]) {
    it(`moves every surviving claim exactly and flags every deleted one (seed ${seed})`, () => {
      const c = buildLargeReanchorCase(seedTexts, { seed });
      expect(c.wordCount).toBeGreaterThanOrEqual(50_000);
      expect(c.claims).toHaveLength(2_000);
      expect(c.edits).toMatchObject({ typoFixes: 60, deletedQuotes: 20, duplicatedSentences: 10 });

      const t0 = performance.now();
      const results = reanchorClaims(c.oldText, c.newText, c.claims);
      const ms = performance.now() - t0;

      let misplaced = 0;
      let falselyFlagged = 0;
      let flagged = 0;
      for (const r of results) {
        const want = c.expected.get(r.id);
        if (want === null) {
          flagged++;
          if (r.anchor.state !== 'needs-review') misplaced++;
          else expect(r.anchor.quote).toEqual(c.claims.find((x) => x.id === r.id)?.anchor.quote);
        } else if (r.anchor.state === 'needs-review') falselyFlagged++;
        else if (r.anchor.position.start !== want?.start || r.anchor.position.end !== want?.end) misplaced++;
        else expect(r.anchor.quote.exact).toBe(c.newText.slice(want.start, want.end));
      }
      const statuses: Record<string, number> = {};
      for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      console.log(
        `reanchor seed ${seed}: ${c.claims.length} claims over ${c.wordCount} words in ${ms.toFixed(1)} ms; ` +
          `misplaced ${misplaced}, falsely flagged ${falselyFlagged}, flagged ${flagged}; ` +
          Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', '),
      );
      expect(misplaced).toBe(0);
      expect(falselyFlagged).toBe(0);
    });
  }
});
