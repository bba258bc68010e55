import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAnchor } from './describe';
import { reanchorClaims } from './reanchor';

const base =
  'Trump said he spoke with Putin. Putin denied meddling in the election. ' +
  'Reporters pressed him on Syria. He said he believed him. The Kremlin said the topic never came up.';
const quotes = ['Putin denied meddling', 'pressed him on Syria', 'He said he believed him', 'the topic never came up'];
const claims = quotes.map((q, i) => ({ id: `c${i}`, anchor: describeAnchor(base, { start: base.indexOf(q), end: base.indexOf(q) + q.length }) }));

describe('reanchorClaims', () => {
  it('returns unchanged anchors for an unchanged text', () => {
    for (const r of reanchorClaims(base, base, claims)) {
      expect(r.status).toBe('unchanged');
      expect(r.anchor).toEqual(claims.find((c) => c.id === r.id)?.anchor);
    }
  });

  it('moves every claim exactly when edits touch only the text between claims', () => {
    // Gaps between claims where random text is inserted or removed.
    const bounds = claims.map((c) => c.anchor.position).sort((a, b) => a.start - b.start);
    // Edits keep one character clear of each claim and insert whole words, so no
    // word a claim starts or ends on is changed (those cases are tested apart).
    const gaps = [0, ...bounds.map((b) => b.end + 1)].map((from, i) => ({ from, to: i < bounds.length ? bounds[i].start - 1 : base.length }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.nat(gaps.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.string({ maxLength: 40 }), remove: fc.nat(12) }), {
          maxLength: 6,
        }),
        (edits) => {
          // Apply edits back to front so earlier offsets stay valid; track each claim's shift.
          let text = base;
          const shift = new Map(claims.map((c) => [c.id, 0]));
          const planned = edits
            .map((e) => {
              const g = gaps[e.gap];
              const at = g.from + Math.floor(e.at * (g.to - g.from));
              return { at, remove: Math.min(e.remove, g.to - at), insert: ` ${e.insert} ` };
            })
            .sort((a, b) => b.at - a.at);
          let lastAt = Infinity;
          for (const p of planned) {
            if (p.at + p.remove > lastAt) continue;
            text = text.slice(0, p.at) + p.insert + text.slice(p.at + p.remove);
            for (const c of claims) {
              if (c.anchor.position.start >= p.at + p.remove) shift.set(c.id, (shift.get(c.id) ?? 0) + p.insert.length - p.remove);
            }
            lastAt = p.at;
          }
          for (const r of reanchorClaims(base, text, claims)) {
            const c = claims.find((x) => x.id === r.id);
            if (!c) throw new Error('lost claim');
            expect(r.anchor.state).toBe('anchored');
            expect(r.anchor.position.start).toBe(c.anchor.position.start + (shift.get(c.id) ?? 0));
            expect(r.anchor.quote.exact).toBe(c.anchor.quote.exact);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('flags a claim with an empty quote instead of failing', () => {
    const empty = { id: 'e', anchor: { ...claims[0].anchor, quote: { ...claims[0].anchor.quote, exact: '' } } };
    const [r] = reanchorClaims(base, base + ' More.', [empty]);
    expect(r.anchor.state).toBe('needs-review');
  });

  it('re-anchors a claim whose stored position was stale, by finding it in the old text first', () => {
    const stale = { id: 's', anchor: { ...claims[1].anchor, position: { type: 'TextPositionSelector' as const, start: 0, end: 5 } } };
    const edited = 'Intro. ' + base;
    const [r] = reanchorClaims(base, edited, [stale]);
    expect(r.anchor.state).toBe('anchored');
    expect(r.anchor.position.start).toBe(edited.indexOf('pressed him on Syria'));
  });
});
