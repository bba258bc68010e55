import { describe, expect, it } from 'vitest';
import { cues, stem, terms, words } from './normalize';

describe('normalisation', () => {
  it('spells out contractions with either apostrophe', () => {
    expect(words('He didn’t do that')).toEqual(['he', 'did', 'not', 'do', 'that']);
    expect(words("I can't, we won't")).toEqual(['i', 'can', 'not', 'we', 'will', 'not']);
  });

  it('drops stop words and punctuation, folds case, quotes and reporting verbs', () => {
    expect(terms('“He SAID he did not meddle in our election.”')).toEqual(['say', 'meddl', 'election']);
    expect(terms('"He told reporters the interference..."')).toEqual(['say', 'reporter', 'meddl']);
  });

  it('stems inflections to one form', () => {
    expect(stem('meddles')).toBe(stem('meddle'));
    expect(stem('agencies')).toBe('agency');
    expect(stem('discussed')).toBe('discuss');
  });

  it('finds negation, falsity and "not discussed" cues', () => {
    expect([...cues('He didn’t do that')]).toEqual(['negation']);
    expect([...cues('Putin denied it')]).toEqual(['negation']);
    expect([...cues('The leaders did not discuss meddling')].sort()).toEqual(['negation', 'not-discussed']);
    expect([...cues('That claim is false')]).toEqual(['falsity']);
    expect(cues('They discussed Syria').size).toBe(0);
  });
});
