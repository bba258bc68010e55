// Property tests of the Web Annotation importer: random JSON, and real exports
// with fields swapped for random values, never make it throw, and every claim
// it returns is anchored inside its article's text at its quote.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents, Claim } from '../model';
import { locateAnchor } from '../anchoring/locate';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { webAnnotationCollection } from './web-annotation';
import { importWebAnnotations } from './web-annotation-import';

let seed: CaseContents;
let exported: { items: Record<string, unknown>[] };
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
  const collection = webAnnotationCollection(seed) as unknown as { first: { items: Record<string, unknown>[] } };
  exported = { items: collection.first.items };
});

const FUZZ_RUNS = 300;

function expectPlaced(claims: Claim[]): void {
  const texts = new Map(seed.articles.map((a) => [a.id, a.text]));
  for (const claim of claims) {
    const text = texts.get(claim.articleId);
    expect(text, claim.articleId).toBeDefined();
    const { start, end } = claim.anchor.position;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start < end && end <= text!.length, `${start}-${end} of ${text!.length}`).toBe(true);
    if (claim.anchor.state === 'anchored') expect(text!.slice(start, end)).toBe(claim.anchor.quote.exact);
  }
}

/** A path into a JSON value and a random replacement for what is there. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key] = entries[path[0] % entries.length];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const replacement = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: -5, max: 100_000 }),
  fc.string(),
  fc.constantFrom('', 'TextQuoteSelector', 'TextPositionSelector', 'Annotation', 'linking', null, [], {}),
);

describe('fuzzing importWebAnnotations', () => {
  it('never throws on random JSON or random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (input) => {
        const result = importWebAnnotations(input, seed.articles, locateAnchor, { scale: seed.case.scale });
        expectPlaced(result.claims);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on mutated exports, and places every claim it returns inside its article', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), replacement), { minLength: 1, maxLength: 6 }), (edits) => {
        let doc: unknown = exported.items;
        for (const [path, value] of edits) doc = mutate(doc, path, value);
        const asValue = importWebAnnotations(doc, seed.articles, locateAnchor, { scale: seed.case.scale });
        expectPlaced(asValue.claims);
        const asText = importWebAnnotations(JSON.stringify(doc), seed.articles, locateAnchor, { scale: seed.case.scale });
        expect(asText.claims.length).toBe(asValue.claims.length);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('still imports every claim of an untouched export (the mutations start from real data)', () => {
    const result = importWebAnnotations(exported.items, seed.articles, locateAnchor, { scale: seed.case.scale });
    expect(result.claims.length).toBe(seed.claims.length);
    expectPlaced(result.claims);
  });
});
