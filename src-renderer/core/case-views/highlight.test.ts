import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstMatch, highlightSegments, passageSnippet } from './highlight';

// The first hit segment's place, as the Unicode pattern of highlightSegments finds it.
function patternMatch(text: string, terms: string[]): { start: number; end: number } | null {
  let at = 0;
  for (const s of highlightSegments(text, terms)) {
    if (s.hit) return { start: at, end: at + s.text.length };
    at += s.text.length;
  }
  return null;
}

const pieces = ['syria', 'Syria', 'SYRIAN', 'asyria', 'putin', 'Pütin', 'ß', 'Straße', '1999', 'x9', '𝒜lpha', 'é', ' ', ' ', '. ', '-', '\n', '“', 'İstanbul'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
const terms = fc.array(fc.constantFrom('syria', 'syrian', 'put', 'pütin', 'straße', '19', 'x', 'alpha', 'é', 'istanbul'), { minLength: 1, maxLength: 3 });

describe('firstMatch', () => {
  it('finds what the Unicode pattern finds, by plain string search', () => {
    fc.assert(
      fc.property(text, terms, (t, ts) => {
        expect(firstMatch(t, ts)).toEqual(patternMatch(t, ts));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the word a term starts, not a term inside a word', () => {
    expect(firstMatch('Assyria and Syrians', ['syria'])).toEqual({ start: 12, end: 19 });
    expect(firstMatch('Assyria only', ['syria'])).toBeNull();
  });
});

describe('passageSnippet', () => {
  it('cuts the passage around the first match and highlights the terms in it', () => {
    const long = `${'Words before the news. '.repeat(20)}Then Syria said no, and Syria again. ${'Words after. '.repeat(20)}`;
    const snippet = passageSnippet(long, ['syria'])!;
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Syria', 'Syria']);
    expect(snippet[0].text.startsWith('…')).toBe(true);
    expect(snippet[snippet.length - 1].text.endsWith('…')).toBe(true);
  });
});
