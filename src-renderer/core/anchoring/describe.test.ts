import { describe, expect, it } from 'vitest';
import { describeAnchor, trimSpan } from './describe';

const text = 'Trump said that he spoke with Putin about meddling in the 2016 election, and he denied it. Then he left.';

describe('describeAnchor', () => {
  it('records the exact quote, 32 characters of context and the position', () => {
    const start = text.indexOf('he denied it');
    const a = describeAnchor(text, { start, end: start + 'he denied it'.length });
    expect(a.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'he denied it',
      prefix: text.slice(start - 32, start),
      suffix: '. Then he left.',
    });
    expect(a.quote.prefix).toHaveLength(32);
    expect(a.position).toEqual({ type: 'TextPositionSelector', start, end: start + 12 });
    expect(a.state).toBe('anchored');
  });

  it('clips context at the ends of the text', () => {
    const a = describeAnchor(text, { start: 0, end: 5 });
    expect(a.quote.prefix).toBe('');
    expect(a.quote.exact).toBe('Trump');
  });

  it('rejects empty or out-of-range spans', () => {
    expect(() => describeAnchor(text, { start: 3, end: 3 })).toThrow(RangeError);
    expect(() => describeAnchor(text, { start: 0, end: text.length + 1 })).toThrow(RangeError);
  });
});

describe('trimSpan', () => {
  it('drops white space at either end of a selection', () => {
    const s = '  spaced words \n';
    expect(trimSpan(s, { start: 0, end: s.length })).toEqual({ start: 2, end: 14 });
  });
});
