// Re-anchoring at scale: a 50,000-word article of recombined seed sentences (so
// every sentence recurs dozens of times), 2,000 claims, and an edit with typo
// fixes, an inserted paragraph, deleted quotes and duplicated sentences.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLargeReanchorCase, seededRandom } from '../testing/large-case';
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

  // Every paragraph edited ("e" doubled after consonants) and three moved: in a text made of
  // recurring sentences, most claims cannot be told apart any more and must be flagged, none moved wrongly.
  it('flags rather than misplaces claims when every paragraph is edited and three are moved', { timeout: 60_000 }, () => {
    const c = buildLargeReanchorCase(seedTexts, { seed: 4 });
    const random = seededRandom(11);
    const oldParas = c.oldText.split('\n\n');
    const order = oldParas.map((_, i) => i);
    // Three paragraphs cut and pasted elsewhere.
    for (let k = 0; k < 3; k++) {
      const [moved] = order.splice(Math.floor(random() * order.length), 1);
      order.splice(Math.floor(random() * order.length), 0, moved);
    }
    const newParas = order.map((i) => oldParas[i].replace(/([bcdfghlmnprst])e/g, '$1ee'));
    const newText = newParas.join('\n\n');
    const oldStarts: number[] = [];
    const newStartOf = new Map<number, { start: number; end: number }>();
    let at = 0;
    for (const p of oldParas) {
      oldStarts.push(at);
      at += p.length + 2;
    }
    at = 0;
    order.forEach((oldIndex, k) => {
      newStartOf.set(oldIndex, { start: at, end: at + newParas[k].length });
      at += newParas[k].length + 2;
    });
    const paragraphOf = (offset: number) => oldStarts.findLastIndex((s) => s <= offset);

    const t0 = performance.now();
    const results = reanchorClaims(c.oldText, newText, c.claims);
    const ms = performance.now() - t0;
    let misplaced = 0;
    let anchored = 0;
    for (const r of results) {
      if (r.anchor.state !== 'anchored') continue;
      anchored++;
      const claim = c.claims.find((x) => x.id === r.id);
      const home = newStartOf.get(paragraphOf(claim?.anchor.position.start ?? 0));
      if (!home || r.anchor.position.start < home.start || r.anchor.position.end > home.end) misplaced++;
    }
    console.log(`reanchor every paragraph edited, three moved: ${anchored} anchored, ${results.length - anchored} flagged, misplaced ${misplaced}, ${ms.toFixed(0)} ms`);
    expect(misplaced).toBe(0);
  });
});
