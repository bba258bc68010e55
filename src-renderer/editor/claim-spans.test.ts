import { describe, expect, it } from 'vitest';
import { spansByBlock, textRuns } from './claim-spans';

describe('textRuns', () => {
  it('cuts text into runs covered by the same claims, overlaps included', () => {
    const runs = textRuns('abcdefghij', [
      { id: 'outer', start: 1, end: 8 },
      { id: 'inner', start: 3, end: 5 },
      { id: 'across', start: 7, end: 10 },
    ]);
    expect(runs).toEqual([
      { text: 'a', claimIds: [] },
      { text: 'bc', claimIds: ['outer'] },
      { text: 'de', claimIds: ['outer', 'inner'] },
      { text: 'fg', claimIds: ['outer'] },
      { text: 'h', claimIds: ['outer', 'across'] },
      { text: 'ij', claimIds: ['across'] },
    ]);
  });

  it('keeps plain text whole when nothing is marked', () => {
    expect(textRuns('plain', [])).toEqual([{ text: 'plain', claimIds: [] }]);
  });
});

describe('spansByBlock', () => {
  it('splits a claim that crosses a block boundary into block-relative spans', () => {
    const blocks = [{ type: 'paragraph' as const, text: 'First one.' }, { type: 'paragraph' as const, text: 'Second.' }];
    // Plain text: "First one.\n\nSecond." — the claim runs from "one." into "Sec".
    const spans = spansByBlock(blocks, [{ id: 'c', start: 6, end: 15 }]);
    expect(spans).toEqual([[{ id: 'c', start: 6, end: 10 }], [{ id: 'c', start: 0, end: 3 }]]);
  });
});
