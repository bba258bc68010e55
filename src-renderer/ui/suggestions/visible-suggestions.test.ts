import { describe, expect, it } from 'vitest';
import type { Claim, ClaimLink, DismissedSuggestion } from '../../core/model';
import type { Suggestion } from '../../core/similarity/similarity-index';
import { syncPlan } from './similarity-client';
import { visibleSuggestions } from './visible-suggestions';
import { CaseClaims } from '../../core/case-claims';

const claim = (id: string, articleId: string, start: number, end: number) =>
  ({ id, caseId: 'c', articleId, anchor: { state: 'anchored', position: { type: 'TextPositionSelector', start, end } } }) as unknown as Claim;
/** The case's claims as the screen holds them: sorted by id, with lookups. */
const caseOf = (claims: Claim[]) => CaseClaims.of([...claims].sort((a, b) => (a.id < b.id ? -1 : 1)));
const passage = (articleId: string, start: number, end: number): Suggestion => ({ articleId, start, end, text: 'x', score: 0.5, relation: 'same' });

describe('visibleSuggestions', () => {
  const source = claim('src', 'a0', 0, 40);
  const suggestions = [passage('a1', 100, 160), passage('a1', 300, 350), passage('a2', 10, 60)];

  it('hides dismissed passages of this claim only', () => {
    const dismissed: DismissedSuggestion[] = [
      { id: 'd1', caseId: 'c', claimId: 'src', articleId: 'a1', start: 300, end: 350 },
      { id: 'd2', caseId: 'c', claimId: 'other', articleId: 'a2', start: 10, end: 60 },
    ];
    const shown = visibleSuggestions(suggestions, source, caseOf([source]), [], dismissed);
    expect(shown.map((s) => [s.articleId, s.start])).toEqual([
      ['a1', 100],
      ['a2', 10],
    ]);
  });

  it('hides a passage already linked to the claim, from either end of the link', () => {
    const target = claim('t', 'a1', 110, 150);
    const links: ClaimLink[] = [{ id: 'l', caseId: 'c', fromClaimId: 't', toClaimId: 'src', kind: 'same', createdAt: '' }];
    const shown = visibleSuggestions(suggestions, source, caseOf([source, target]), links, []);
    expect(shown.map((s) => s.start)).toEqual([300, 10]);
  });

  it('offers an unlinked claim over the passage for reuse, but not one covering a sliver', () => {
    const over = claim('over', 'a1', 98, 158);
    const sliver = claim('sliver', 'a2', 50, 200);
    const shown = visibleSuggestions(suggestions, source, caseOf([source, over, sliver]), [], []);
    expect(shown[0].existing?.id).toBe('over');
    expect(shown[2].existing).toBeUndefined();
  });
});

describe('syncPlan', () => {
  it('sends only new or changed articles and removes the missing', () => {
    const sent = new Map([
      ['a', 't1'],
      ['b', 't1'],
      ['gone', 't1'],
    ]);
    const plan = syncPlan(sent, [
      { id: 'a', updatedAt: 't1' },
      { id: 'b', updatedAt: 't2' },
      { id: 'n', updatedAt: 't1' },
    ]);
    expect(plan).toEqual({ upsert: ['b', 'n'], remove: ['gone'] });
  });
});
