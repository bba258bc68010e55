import { describe, expect, it } from 'vitest';
import { caseVocabulary } from './vocabulary';

describe('caseVocabulary', () => {
  it('lists each claimant and tag once, trimmed, without blanks, alphabetically', () => {
    const claims = [
      { claimant: 'Vladimir Putin', tags: ['election', 'Russia'] },
      { claimant: ' Donald Trump ', tags: ['russia', 'election '] },
      { claimant: '', tags: [] },
      { claimant: 'Donald Trump', tags: ['  '] },
      { claimant: 'Ángela Merkel', tags: ['APEC'] },
    ];
    expect(caseVocabulary(claims)).toEqual({
      claimants: ['Ángela Merkel', 'Donald Trump', 'Vladimir Putin'],
      tags: ['APEC', 'election', 'russia', 'Russia'],
    });
  });
});
