import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, keeping offsets', () => {
    const t = 'Trump spoke. Did Putin answer? He did!';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual(['Trump spoke.', 'Did Putin answer?', 'He did!']);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, initials or dotted acronyms', () => {
    expect(texts('Mr. Trump met Dr. Smith and John F. Kennedy Jr. in the U.S. capital. Then he left.')).toEqual([
      'Mr. Trump met Dr. Smith and John F. Kennedy Jr. in the U.S. capital.',
      'Then he left.',
    ]);
    expect(texts('He doubted the 2016 U.S. elections were clean.')).toHaveLength(1);
  });

  it('ends a sentence after closing quote marks, straight or curly', () => {
    expect(texts('“I just asked him again.” Trump said it twice. "Fine." She left.')).toEqual([
      '“I just asked him again.”',
      'Trump said it twice.',
      '"Fine."',
      'She left.',
    ]);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(texts('“No, did the two leaders discuss meddling?” he shot back. Next.')).toEqual([
      '“No, did the two leaders discuss meddling?” he shot back.',
      'Next.',
    ]);
  });

  it('never joins paragraphs', () => {
    expect(texts('A heading without a stop\n\nThe body begins here.')).toEqual(['A heading without a stop', 'The body begins here.']);
  });
});
