import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { backupParts, readBackup, readBundle, reIdContents, writeBackup, writeBundle } from './bundle';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const broken = (change: (bundle: { version: unknown; contents: CaseContents & Record<string, unknown> }) => void) => {
  const bundle = JSON.parse(writeBundle(seed, '2026-12-01T08:00:00.000Z'));
  change(bundle);
  return readBundle(JSON.stringify(bundle));
};

describe('case bundles', () => {
  it('round-trip every object exactly', () => {
    const text = writeBundle(seed, '2026-12-01T08:00:00.000Z');
    const read = readBundle(text);
    expect(read).toEqual({ ok: true, contents: seed, exportedAt: '2026-12-01T08:00:00.000Z' });
    expect(JSON.parse(text)).toMatchObject({ format: 'factmark-case', version: 1 });
  });

  it('round-trip a backup of several cases', () => {
    const other = reIdContents(seed);
    const read = readBackup(writeBackup([seed, other], '2026-12-01T08:00:00.000Z'));
    expect(read.ok && read.cases).toEqual([seed, other]);
    expect(readBundle(writeBackup([seed])).ok).toBe(false);
    expect(readBackup(writeBundle(seed))).toEqual({ ok: false, message: 'This file is a single case, not a backup of all cases: import it as a case.' });
  });

  it('write a backup in parts of a few records each, the same text as in one go', () => {
    const at = '2026-12-01T08:00:00.000Z';
    // Lists of every length: empty (history of a fresh copy), shorter and longer than a part, multi-line texts.
    const other = { ...reIdContents(seed), history: [], dismissed: [] };
    for (const batch of [1, 2, 3, 500]) {
      const parts = [...backupParts([seed, other], at, batch)];
      expect(parts.join('')).toBe(writeBackup([seed, other], at));
      if (batch === 1) expect(parts.length).toBeGreaterThan(seed.claims.length + seed.articles.length);
    }
    expect([...backupParts([], at)].join('')).toBe(writeBackup([], at));
  });

  it('reject damaged files with a message naming the first problem', () => {
    expect(readBundle('{oops')).toEqual({ ok: false, message: 'The file is not a Factmark bundle: it is not valid JSON.' });
    expect(readBundle('[]').ok).toBe(false);
    expect(broken((b) => (b.version = 2))).toEqual({ ok: false, message: 'This file was made by a newer Factmark (version 2); update the app to open it.' });
    expect(broken((b) => ((b.contents.claims[3].anchor.position as unknown as { start: string }).start = 'x'))).toEqual({
      ok: false,
      message: 'The bundle is damaged at contents.claims[3].anchor.position.start: Invalid input: expected number, received string',
    });
    const extra = broken((b) => ((b.contents.sources[0] as unknown as Record<string, unknown>).script = '<x>'));
    expect(extra.ok === false && extra.message).toMatch(/^The bundle is damaged at contents\.sources\[0\]/);
    expect(broken((b) => (b.contents.links[0].toClaimId = 'nope'))).toEqual({
      ok: false,
      message: 'The bundle is damaged at contents.links[0].toClaimId: it refers to “nope”, which is not in the bundle.',
    });
    expect(broken((b) => (b.contents.claims[0].anchor.position.end = 1_000_000)).ok).toBe(false);
    expect(broken((b) => (b.contents.case.scale.ratings[0].color = 'red;x:y')).ok).toBe(false);
    expect(broken((b) => (b.contents.articles[1].title = 'x'.repeat(5000))).ok).toBe(false);
    expect(broken((b) => b.contents.claims.push(b.contents.claims[0])).ok).toBe(false);
  });

  it('re-ids every object and remaps every reference for "keep both" imports', () => {
    const copy = reIdContents(seed, '2026-12-01T08:00:00.000Z');
    const oldIds = new Set([seed.case.id, ...Object.values(seed).flatMap((v) => (Array.isArray(v) ? v.map((x: { id: string }) => x.id) : []))]);
    const newIds = [copy.case.id, ...Object.values(copy).flatMap((v) => (Array.isArray(v) ? v.map((x: { id: string }) => x.id) : []))];
    expect(newIds.some((id) => oldIds.has(id))).toBe(false);
    expect(new Set(newIds).size).toBe(newIds.length);
    const read = readBundle(writeBundle(copy));
    expect(read.ok).toBe(true);
    // Same structure: the denial's same-claim links still join the same quotes.
    const quote = (c: CaseContents, id: string) => c.claims.find((x) => x.id === id)!.anchor.quote.exact;
    expect(copy.links.map((l) => [quote(copy, l.fromClaimId), l.kind, quote(copy, l.toClaimId)])).toEqual(seed.links.map((l) => [quote(seed, l.fromClaimId), l.kind, quote(seed, l.toClaimId)]));
    expect(seed.claims[0].id).toBe('claim-denial-000');
  });

  it('never throw, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof readBundle(text).ok).toBe('boolean');
        expect(typeof readBackup(text).ok).toBe('boolean');
      }),
    );
    // A real bundle with one value anywhere replaced by something else.
    const original = JSON.parse(writeBundle(seed, '2026-12-01T08:00:00.000Z'));
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(original, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const copy = JSON.parse(JSON.stringify(original));
        let at = copy;
        for (const key of path.slice(0, -1)) at = at[key];
        at[path[path.length - 1]] = value;
        const read = readBundle(JSON.stringify(copy));
        if (!read.ok) expect(read.message).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
  });
});
