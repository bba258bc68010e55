import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../../core/article-text';
import { parseSeedArticle } from '../../core/seed-format';
import { passageSpeaker } from './passage-speaker';

const seeds = join(import.meta.dirname, '../../../../shared/seeds');
const outletB = blocksToText(parseSeedArticle(readFileSync(join(seeds, '001_a3ddd61e6e446330.txt'), 'utf8')).blocks);
const spanOf = (passage: string) => {
  const start = outletB.indexOf(passage);
  expect(start, passage).toBeGreaterThanOrEqual(0);
  return { start, end: start + passage.length };
};

describe('passageSpeaker on Outlet B’s article', () => {
  it('names the Kremlin’s press office, not the paper reporting it', () => {
    const passage = 'But The Hill reported that Putin’s office insisted that “President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday.”';
    expect(passageSpeaker(outletB, spanOf(passage))).toBe('Putin’s office');
  });

  it('names Trump for the quote he is reported as saying', () => {
    expect(passageSpeaker(outletB, spanOf('He said he didn’t meddle. He said he didn’t meddle.'))).toBe('Trump');
  });

  it('leaves the claimant empty where the article does not say who speaks', () => {
    expect(passageSpeaker(outletB, spanOf('“Every time he sees me, he says, ‘I didn’t do that.'))).toBe('');
  });
});
