// The re-anchoring corpus: real seed articles, claims on them, edits a reviewer
// makes (typos, paragraphs in and out, repeats, deletions, normalisation) and
// where every claim must end up. Zero wrong attachments is the bar.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../article-text';
import { parseSeedArticle } from '../seed-format';
import { describeAnchor } from './describe';
import { reanchorClaims } from './reanchor';

interface Edit {
  find: string;
  replace: string;
  all?: boolean;
}
interface Expectation {
  quote?: string;
  before?: string;
  flag?: string[];
}
interface Corpus {
  articles: Record<string, { file: string; claims: { id: string; quote: string; occurrence?: number }[] }>;
  scenarios: { name: string; article: string; edits: Edit[]; expect: Record<string, Expectation> }[];
}

/** The shared seeds sit beside the repository (or beside the folder of worktrees). */
function findSeeds(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('shared/seeds not found');
}
const seedsDir = findSeeds(join(import.meta.dirname, '../../..'));
const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/reanchor-corpus.json'), 'utf8')) as Corpus;

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

function applyEdits(text: string, edits: Edit[]): string {
  for (const e of edits) {
    if (!text.includes(e.find)) throw new Error(`edit target not found: ${e.find}`);
    text = e.all ? text.split(e.find).join(e.replace) : text.replace(e.find, () => e.replace);
  }
  return text;
}

function isUnique(text: string, needle: string): boolean {
  const at = text.indexOf(needle);
  return at >= 0 && text.indexOf(needle, at + 1) < 0;
}

function uniqueIndex(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`expected exactly one "${needle}"`);
  return at;
}

describe('re-anchoring corpus on the seed articles', () => {
  for (const scenario of corpus.scenarios) {
    it(scenario.name, () => {
      const article = corpus.articles[scenario.article];
      const oldText = blocksToText(parseSeedArticle(readFileSync(join(seedsDir, article.file), 'utf8')).blocks);
      const claims = article.claims.map((c) => {
        const start = nthIndex(oldText, c.quote, c.occurrence ?? 0);
        return { id: c.id, anchor: describeAnchor(oldText, { start, end: start + c.quote.length }) };
      });
      const newText = applyEdits(oldText, scenario.edits);
      const results = reanchorClaims(oldText, newText, claims);
      const wholesale = scenario.edits.filter((e) => e.all);

      for (const [i, result] of results.entries()) {
        const claim = claims[i];
        const want = scenario.expect[claim.id] ?? {};
        const label = `${scenario.name}: ${claim.id} (${result.status})`;
        if (want.flag) {
          expect(result.anchor.state, label).toBe('needs-review');
          expect(want.flag, label).toContain(result.status);
          expect(result.anchor.quote, label).toEqual(claim.anchor.quote);
          expect(result.anchor.reviewReason, label).toBeTruthy();
          continue;
        }
        let start: number;
        let quote: string;
        if (want.quote !== undefined) {
          quote = want.quote;
          start = uniqueIndex(newText, (want.before ?? '') + quote) + (want.before ?? '').length;
        } else {
          const { prefix, exact, suffix } = claim.anchor.quote;
          const [p, q, s] = [prefix, exact, suffix].map((part) => applyEdits(part, wholesale.filter((e) => part.includes(e.find))));
          // An edit may touch one side of the context: use the fullest key that is still unique.
          const keys = [[p, q + s], [p, q], ['', q + s], [p.slice(-8), q], ['', q + s.slice(0, 8)]];
          const key = keys.find(([a, b]) => isUnique(newText, a + b));
          if (!key) throw new Error(`no unique place for ${claim.id}`);
          quote = q;
          start = uniqueIndex(newText, key[0] + key[1]) + key[0].length;
        }
        expect(result.anchor.state, label).toBe('anchored');
        expect(result.anchor.position, label).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
        expect(result.anchor.quote.exact, label).toBe(quote);
      }
    });
  }
});
