import { describe, expect, it } from 'vitest';
import type { Claim } from './model';
import { shortScale, sixStepScale } from './rating-scales';
import { addRating, moveRating, normalizeScale, removeRating, scaleProblems, unrated, updateRating, verdictsLosingRating } from './scale-edits';

const rated = (id: string, ratingId: string | null) =>
  ({ id, verdict: { ratingId, conclusion: 'c', rationale: [], reviewer: 'Ana', date: '2026-12-01' } }) as unknown as Claim;

describe('scale edits', () => {
  it('numbers ratings from their order: first is best, last is 1', () => {
    const s = normalizeScale(shortScale());
    expect(s.ratings.map((r) => [r.name, r.value])).toEqual([
      ['True', 5], ['Misleading', 4], ['False', 3], ['Unproven', 2], ['Missing context', 1],
    ]);
    expect([s.bestRating, s.worstRating]).toEqual([5, 1]);
  });

  it('keeps values consistent when moving, adding and removing', () => {
    let s = moveRating(sixStepScale(), 5, -1);
    expect(s.ratings.slice(4).map((r) => [r.id, r.value])).toEqual([['pants-on-fire', 2], ['false', 1]]);
    expect(moveRating(s, 0, -1)).toBe(s);
    s = addRating(s, { id: 'satire', name: 'Satire', color: '#455a64' });
    expect([s.bestRating, s.ratings[0].value, s.ratings[6].value]).toEqual([7, 7, 1]);
    s = removeRating(s, 'true');
    expect([s.bestRating, s.worstRating, s.ratings[0].id, s.preset]).toEqual([6, 1, 'mostly-true', 'custom']);
    expect(normalizeScale({ ...s, ratings: [] })).toMatchObject({ bestRating: 0, worstRating: 0 });
  });

  it('finds the verdicts that would lose their rating, and only those', () => {
    const claims = [rated('1', 'false'), rated('2', 'mostly-true'), rated('3', null), { id: '4', verdict: null } as Claim, rated('5', 'half-true')];
    const renamed = updateRating(sixStepScale(), 'false', { name: 'Wrong', color: '#000000' });
    expect(verdictsLosingRating(sixStepScale(), renamed, claims)).toEqual([]);
    expect(verdictsLosingRating(sixStepScale(), removeRating(sixStepScale(), 'false'), claims).map((c) => c.id)).toEqual(['1']);
    // Switching to the short preset keeps True and False (same ids) and drops the rest.
    expect(verdictsLosingRating(sixStepScale(), shortScale(), claims).map((c) => c.id)).toEqual(['2', '5']);
    expect(unrated(claims[0]).verdict).toEqual({ ...claims[0].verdict, ratingId: null });
  });

  it('reports unusable scales', () => {
    const s = updateRating(updateRating(sixStepScale(), 'true', { name: 'False' }), 'half-true', { color: 'red' });
    expect(scaleProblems(s)).toEqual(['“Half true” needs a colour like #2e7d32.', 'Two ratings are called “False”.']);
    expect(scaleProblems(sixStepScale())).toEqual([]);
  });
});
