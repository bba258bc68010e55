import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../article-text';
import { parseSeedArticle } from '../seed-format';
import { findQuotes } from './find-quotes';

function findSeeds(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('shared/seeds not found');
}
const seedsDir = findSeeds(join(import.meta.dirname, '../../..'));
const seed = (file: string) => blocksToText(parseSeedArticle(readFileSync(join(seedsDir, file), 'utf8')).blocks);

describe('findQuotes on the seed articles', () => {
  const text000 = seed('000_9044352e4e2fc21f.txt');
  const found000 = findQuotes(text000);

  it('finds every quote with offsets that match the text', () => {
    for (const q of found000) expect(text000.slice(q.start, q.end)).toBe(q.text);
  });

  it('attributes “I just asked him again,” to Trump, and the quote after it too', () => {
    const asked = found000.find((q) => q.text === 'I just asked him again,');
    expect(asked).toMatchObject({ kind: 'quote', speaker: 'Trump' });
    const next = found000.find((q) => q.text.startsWith('He said he as absolutely did not meddle'));
    expect(next).toMatchObject({ kind: 'quote', speaker: 'Trump' });
  });

  it('resolves “…,” he said to the named subject of the sentence before', () => {
    const q = found000.find((c) => c.text.startsWith('We seem to have a very good feeling'));
    expect(q?.speaker).toBe('Trump');
  });

  it('leaves the speaker empty when the sentence before names no one', () => {
    const q = found000.find((c) => c.text.startsWith('It gets in the way'));
    expect(q?.speaker).toBe('');
  });

  it('reads reported speech with its speaker, titles dropped', () => {
    const r = found000.find((c) => c.kind === 'reported' && c.text.startsWith('he spoke with Russian President Vladimir Putin'));
    expect(r?.speaker).toBe('Donald Trump');
    expect(r?.text.endsWith('and he denied it')).toBe(true);
  });

  it('skips one-word scare quotes', () => {
    expect(found000.some((q) => q.text === 'reset')).toBe(false);
  });

  it('finds the Kremlin’s denial quoted inside what The Hill reported, and who said it', () => {
    const found = findQuotes(seed('001_a3ddd61e6e446330.txt'));
    expect(found.find((q) => q.kind === 'quote' && q.text.includes('did not discuss alleged election meddling'))?.speaker).toBe('Putin’s office');
    expect(found.find((q) => q.kind === 'reported' && q.text.startsWith('Putin’s office insisted'))?.speaker).toBe('The Hill');
    expect(found.find((q) => q.text.startsWith('No, as far as you know'))?.speaker).toBe('Dmitri Pesko');
  });

  it('reads straight quotes and "X told reporters … that"', () => {
    const found = findQuotes(seed('002_1a4ff22dfbcd21b9.txt'));
    expect(found.find((q) => q.text.startsWith('Having a relationship with Russia'))).toMatchObject({ kind: 'quote', speaker: 'Trump' });
    expect(found.find((q) => q.text === 'he thought a meeting with the Russian president was expected')?.speaker).toBe('Trump');
    expect(found.find((q) => q.text === 'scheduling conflicts made such a meeting impossible')?.speaker).toBe('Sarah Huckabee Sanders');
  });
});

describe('findQuotes on hand-written cases', () => {
  it('keeps nested single quotes inside a double quote, across sentences', () => {
    const text = 'Smith said: “He told me, ‘I did not do it.’ Then he left.” Nobody replied.';
    const [q] = findQuotes(text);
    expect(q).toMatchObject({ kind: 'quote', speaker: 'Smith', text: 'He told me, ‘I did not do it.’ Then he left.' });
  });

  it('continues a quote into the next paragraph when that one reopens it', () => {
    const text = '“The first paragraph of the speech runs on\n\n“and the second one ends it,” Jones said.\n\nAfter.';
    const quotes = findQuotes(text).filter((q) => q.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('The first paragraph of the speech runs on\n\n“and the second one ends it,');
    expect(quotes[0].speaker).toBe('Jones');
  });

  it('drops an unclosed quote at the end of its paragraph', () => {
    expect(findQuotes('“This never closes\n\nA new paragraph starts plainly.').filter((q) => q.kind === 'quote')).toEqual([]);
  });

  it('reads "said X", "according to X", "X denied …" and "X’s press office said"', () => {
    const text =
      '“We will win this vote,” said Senator Mary Lee. ' +
      'The factory will close next year, according to Reuters. ' +
      'Putin denied any involvement in the hacking. ' +
      'Putin’s press office said the two leaders did not discuss sanctions.';
    const found = findQuotes(text);
    expect(found.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['quote', 'Mary Lee', 'We will win this vote,'],
      ['reported', 'Reuters', 'The factory will close next year'],
      ['reported', 'Putin', 'denied any involvement in the hacking'],
      ['reported', 'Putin’s press office', 'the two leaders did not discuss sanctions'],
    ]);
  });

  it('leaves "he said" unresolved when the sentence before opens with no name', () => {
    const text = 'The meeting ran long. “It was productive,” he said.';
    expect(findQuotes(text)[0].speaker).toBe('');
  });
});
