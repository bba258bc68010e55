import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from './seed-format';
import { blocksToText } from './article-text';

const seedsDir = join(import.meta.dirname, '../../../shared/seeds');
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

describe('parseSeedArticle', () => {
  it('reads the leading date line and the paragraphs of every seed article', () => {
    expect(seedFiles).toHaveLength(3);
    for (const f of seedFiles) {
      const parsed = parseSeedArticle(readFileSync(join(seedsDir, f), 'utf8'));
      expect(parsed.publishedDate).toBe('2017-11-11');
      expect(parsed.blocks.length).toBeGreaterThan(5);
      expect(blocksToText(parsed.blocks)).not.toMatch(/date 2017/);
    }
  });

  it('titles an article by its first sentence', () => {
    const parsed = parseSeedArticle(readFileSync(join(seedsDir, seedFiles[0]), 'utf8'));
    expect(parsed.title).toBe(
      'President Donald Trump said that he spoke with Russian President Vladimir Putin about meddling in the 2016 election, and he denied it.',
    );
    expect(parsed.blocks[2].text).toBe(
      '“I just asked him again,” Trump said. “He said he as absolutely did not meddle in our election, he did not do what they are saying he did.”',
    );
  });

  it('treats a file without a date line as body text', () => {
    const parsed = parseSeedArticle('First paragraph here.\r\n\r\nSecond\nline wrapped.\n\n\n');
    expect(parsed.publishedDate).toBe('');
    expect(parsed.blocks.map((b) => b.text)).toEqual(['First paragraph here.', 'Second line wrapped.']);
  });

  it('does not take an impossible date', () => {
    const parsed = parseSeedArticle(' date 2017-02-30 Body.');
    expect(parsed.publishedDate).toBe('');
    expect(parsed.blocks[0].text).toBe('date 2017-02-30 Body.');
  });

  it('gives an empty article no blocks and no title', () => {
    expect(parseSeedArticle('  \n\n ')).toEqual({ publishedDate: '', title: '', blocks: [] });
  });
});
