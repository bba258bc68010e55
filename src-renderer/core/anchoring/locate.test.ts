import { describe, expect, it } from 'vitest';
import { describeAnchor } from './describe';
import { locateAnchor } from './locate';

const text =
  'Trump said that he spoke with Putin about meddling. He said he did not meddle in the election at all. ' +
  'Reporters pressed him on Syria. Later, at the summit, he said he did not meddle in the election at all, aides added.';

function anchorOf(quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeAnchor(text, { start: at, end: at + quote.length });
}

describe('locateAnchor', () => {
  it('keeps a quote that is still at its stored position', () => {
    const a = anchorOf('Reporters pressed him on Syria.');
    expect(locateAnchor(text, a)).toMatchObject({ status: 'unchanged', start: a.position.start, score: 1 });
  });

  it('finds the exact quote after text was inserted before it', () => {
    const a = anchorOf('Reporters pressed him on Syria.');
    const edited = 'Update: corrected. ' + text;
    const r = locateAnchor(edited, a);
    expect(r).toMatchObject({ status: 'exact', start: a.position.start + 19 });
  });

  it('tells two occurrences of the same words apart by their context', () => {
    const a = anchorOf('he did not meddle in the election at all', 1);
    const edited = 'Intro. ' + text;
    const r = locateAnchor(edited, a);
    expect(r.status).toBe('exact');
    expect(r.start).toBe(a.position.start + 7);
  });

  it('matches a quote whose typo was fixed, with its context', () => {
    const typo = text.replace('Reporters pressed', 'Reporters presed');
    const start = typo.indexOf('Reporters presed him on Syria.');
    const a = describeAnchor(typo, { start, end: start + 'Reporters presed him on Syria.'.length });
    const r = locateAnchor(text, a);
    expect(r.status).toBe('fuzzy');
    expect(text.slice(r.start, r.end)).toBe('Reporters pressed him on Syria.');
  });

  it('flags a quote that is gone, and never attaches it to a poor match', () => {
    const a = anchorOf('Reporters pressed him on Syria.');
    const r = locateAnchor(text.replace('Reporters pressed him on Syria. ', ''), a);
    expect(r.status).toBe('missing');
    expect(r.start).toBeUndefined();
    expect(r.reason).toMatch(/no longer/);
  });

  it('flags a quote pasted into two new places with the same context as ambiguous', () => {
    const quote = 'the conversation mainly concerned Syria and trade';
    const old = `Intro text. ${quote}. End text.`;
    const a = describeAnchor(old, { start: old.indexOf(quote), end: old.indexOf(quote) + quote.length });
    const edited = `Intro text. He said ${quote}, twice. Then: He said ${quote}, twice. End text.`;
    const r = locateAnchor(edited, { ...a, position: { ...a.position, start: 0, end: 0 } }, { trustHint: false });
    expect(r.status).toBe('ambiguous');
    expect(r.candidates).toHaveLength(2);
  });
});
