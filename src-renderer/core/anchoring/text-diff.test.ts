import { describe, expect, it } from 'vitest';
import { myersRuns, TextDiff } from './text-diff';

describe('myersRuns', () => {
  it('finds the longest common subsequence as runs', () => {
    expect(myersRuns([1, 2, 3, 4, 5], [1, 2, 9, 4, 5], 10)).toEqual([
      { a: 0, b: 0, len: 2 },
      { a: 3, b: 3, len: 2 },
    ]);
    expect(myersRuns([1, 2, 3], [4, 5, 6, 7], 2)).toBeNull();
  });
});

describe('TextDiff', () => {
  const oldText = 'First paragraph here.\n\nThe presdient said no.\n\nLast one.';
  const newText = 'A new start.\n\nFirst paragraph here.\n\nThe president said no.\n\nLast one.';
  const diff = new TextDiff(oldText, newText);
  const shift = 'A new start.\n\n'.length;

  it('maps offsets in unchanged text by the length of what was inserted before them', () => {
    expect(diff.mapStart(0)).toBe(shift);
    expect(diff.mapEnd(oldText.indexOf(' here'))).toBe(newText.indexOf(' here'));
    expect(diff.mapStart(oldText.indexOf('Last'))).toBe(newText.indexOf('Last'));
  });

  it('maps a span starting or ending exactly at a changed word to its replacement', () => {
    const typo = oldText.indexOf('presdient');
    const fixed = newText.indexOf('president');
    expect(diff.mapStart(typo)).toBe(fixed);
    expect(diff.mapEnd(typo + 9)).toBe(fixed + 9);
    expect(diff.mapStart(typo + 1)).toBeNull();
    expect(diff.mapEnd(typo + 4)).toBeNull();
  });

  it('never matches a newly typed letter to the first letter of an old word', () => {
    const d = new TextDiff('Syria. He said so.', 'Syria. H He said so.');
    expect(d.mapStart(7)).toBe(9);
    expect(d.changedNewRegions()).toEqual([{ start: 7, end: 9 }]);
  });

  it('maps the ends of the text when text is added after it', () => {
    const longer = new TextDiff('abc def', 'abc def ghi');
    expect(longer.mapEnd(7)).toBe(7);
    expect(new TextDiff('abc xyz', 'abc uvw').mapEnd(7)).toBe(7);
  });

  it('lists the changed stretches of the new text', () => {
    const regions = diff.changedNewRegions().map((r) => newText.slice(r.start, r.end));
    expect(regions).toEqual(['A new start.\n\n', 'president']);
  });

  it('measures how much of a new span is old text from elsewhere', () => {
    const last = newText.indexOf('Last one.');
    const own = { start: oldText.indexOf('Last'), end: oldText.length };
    expect(diff.foreignShare(last, last + 9, own)).toBe(0);
    expect(diff.foreignShare(last, last + 9, { start: 0, end: 5 })).toBe(1);
    expect(diff.foreignShare(0, shift, own)).toBe(0);
  });
});
