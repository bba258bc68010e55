import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../article-text';
import { parseSeedArticle } from '../seed-format';
import { buildLargeArticleSet } from '../testing/large-case';
import { SimilarityIndex, SUGGESTION_THRESHOLD } from './similarity-index';

function findSeeds(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('shared/seeds not found');
}
const seedsDir = findSeeds(join(import.meta.dirname, '../../..'));
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const rawSeeds = seedFiles.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const seedTexts = rawSeeds.map((raw) => blocksToText(parseSeedArticle(raw).blocks));

function seedIndex(): SimilarityIndex {
  const index = new SimilarityIndex();
  seedTexts.forEach((text, i) => index.upsertArticle(`00${i}`, text));
  return index;
}

describe('SimilarityIndex on the seed case', () => {
  it('suggests the matching passage of 001 first for "Every time he sees me…"', () => {
    const [first] = seedIndex().suggest('Every time he sees me he says I didn’t do that', { excludeArticleId: '000' });
    expect(first.articleId).toBe('001');
    expect(first.text).toBe('“Every time he sees me, he says, ‘I didn’t do that.');
    expect(seedTexts[1].slice(first.start, first.end)).toBe(first.text);
    expect(first.relation).toBe('same');
  });

  it('suggests the Kremlin press office’s account among the first three for Trump’s report of the denial', () => {
    const claim = 'He said he as absolutely did not meddle in our election, he did not do what they are saying he did.';
    expect(seedTexts[0]).toContain(claim);
    const top = seedIndex().suggest(claim, { excludeArticleId: '000', limit: 3 });
    const kremlin = top.find((s) => s.text.includes('did not discuss alleged election meddling on Saturday'));
    expect(kremlin).toBeDefined();
    expect(kremlin?.articleId).toBe('001');
    expect(kremlin?.relation).toBe('contradicts');
    expect(top.every((s) => s.articleId !== '000')).toBe(true);
  });

  it('finds the same quote across outlets whatever the quotation marks', () => {
    const top = seedIndex().suggest('"He said he didn\'t meddle."', { excludeArticleId: '000' });
    expect(top[0].text).toBe('“He said he didn’t meddle.');
    expect(top[0].score).toBeGreaterThan(0.9);
  });

  it('proposes each wording once per article', () => {
    const top = seedIndex().suggest('He said he didn’t meddle.', { limit: 10 });
    const fromOne = top.filter((s) => s.articleId === '001' && s.text.endsWith('He said he didn’t meddle.'));
    expect(fromOne).toHaveLength(1);
  });
});

describe('SimilarityIndex on paraphrases and near misses', () => {
  const articles = {
    a: 'Putin once again denied any interference in the election. The weather in Da Nang was warm and humid.',
    b: 'The Russian president said he did not meddle in the elections, Trump told reporters. Officials praised the summit food.',
    c: 'Trump and Putin issued a joint statement on Syria. They agreed there is no military solution to the conflict in Syria.',
    d: 'The president said the summit dinner was long. Reporters waited for the election results in Ohio.',
    e: 'The two leaders talked about Syria and agreed a statement on the war there.',
  };
  const index = new SimilarityIndex();
  for (const [id, text] of Object.entries(articles)) index.upsertArticle(id, text);

  it('matches a paraphrase with different words and order', () => {
    const top = index.suggest('Trump said Putin told him he did not interfere in the election.', { excludeArticleId: 'x' });
    expect(top[0].text).toBe('The Russian president said he did not meddle in the elections, Trump told reporters.');
    expect(top[0].relation).toBe('same');
    const joint = index.suggest('The presidents agreed a joint statement about the war in Syria.');
    expect(joint.map((s) => s.articleId).slice(0, 2).sort()).toEqual(['c', 'e']);
  });

  it('labels a passage that denies what the claim asserts as contradicting', () => {
    const top = index.suggest('Putin interfered in the election, the report says.');
    const denial = top.find((s) => s.articleId === 'a');
    expect(denial?.relation).toBe('contradicts');
  });

  it('keeps unrelated sentences that share a few common words below the threshold', () => {
    const unrelated = [
      'The president said the weather was warm.',
      'Reporters said the dinner in Vietnam was long and the food was good.',
      'The election in Ohio had results.',
    ];
    for (const claim of unrelated) {
      for (const s of index.suggest(claim, { minScore: 0 })) {
        const related =
          (claim.includes('weather') && s.text.includes('weather')) ||
          (claim.includes('dinner') && s.text.includes('dinner')) ||
          (claim.includes('Ohio') && s.text.includes('Ohio'));
        if (!related) expect(s.score, `${claim} ~ ${s.text}`).toBeLessThan(SUGGESTION_THRESHOLD);
      }
    }
    expect(index.suggest('Officials in Brussels discussed fishing quotas for the North Sea.')).toEqual([]);
  });
});

describe('SimilarityIndex updates', () => {
  it('replaces an edited article and forgets a removed one', () => {
    const index = new SimilarityIndex();
    index.upsertArticle('a', 'Putin denied meddling in the election.');
    index.upsertArticle('b', 'The summit ended on Saturday.');
    expect(index.suggest('Putin denied election meddling')[0].articleId).toBe('a');

    index.upsertArticle('a', 'Intro sentence here. Putin firmly denied meddling in the election.');
    const moved = index.suggest('Putin denied election meddling')[0];
    expect(moved.start).toBe('Intro sentence here. '.length);
    expect(index.articleCount).toBe(2);

    index.removeArticle('a');
    expect(index.suggest('Putin denied election meddling')).toEqual([]);
    expect(index.sentenceCount).toBe(1);
  });
});

describe('SimilarityIndex in steps', () => {
  it('indexes a long article a few dozen sentences per step, to the same index as at once', () => {
    const long = seedTexts.join('\n\n');
    const atOnce = new SimilarityIndex();
    atOnce.upsertArticle('long', long);
    const longSentences = atOnce.sentenceCount;
    atOnce.upsertArticle('other', seedTexts[1]);
    const inSteps = new SimilarityIndex();
    inSteps.upsertArticle('long', 'An older version of it.');
    let steps = 0;
    for (const _step of inSteps.upsertArticleInSteps('long', long, 5)) steps++;
    inSteps.upsertArticle('other', seedTexts[1]);
    // One step per five sentences indexed, the older version replaced.
    expect(steps).toBe(Math.floor(longSentences / 5));
    expect(steps).toBeGreaterThan(5);
    expect(inSteps.sentenceCount).toBe(atOnce.sentenceCount);
    const claim = 'Putin said he did not meddle in the election';
    expect(inSteps.suggest(claim, { limit: 5 })).toEqual(atOnce.suggest(claim, { limit: 5 }));
  });
});

describe('SimilarityIndex speed', () => {
  it('suggests for a new claim in a case of 500 articles (timing printed, not asserted)', { timeout: 60_000 }, () => {
    const articles = buildLargeArticleSet(rawSeeds, 500);
    const index = new SimilarityIndex();
    const t0 = performance.now();
    for (const a of articles) index.upsertArticle(a.id, a.text);
    const built = performance.now() - t0;
    const claims = [
      'Every time he sees me he says I didn’t do that',
      'He said he as absolutely did not meddle in our election, he did not do what they are saying he did.',
      'a staggering 126 million Americans through Facebook alone',
    ];
    const times: number[] = [];
    for (const claim of claims) {
      const t = performance.now();
      const top = index.suggest(claim, { excludeArticleId: 'article-0' });
      times.push(performance.now() - t);
      expect(top.length).toBeGreaterThan(0);
    }
    // One article edited, then a suggestion again: the update is incremental.
    const t1 = performance.now();
    index.upsertArticle('article-1', articles[2].text);
    index.suggest(claims[0]);
    const afterEdit = performance.now() - t1;
    console.log(
      `similarity: ${articles.length} articles, ${index.sentenceCount} sentences indexed in ${built.toFixed(0)} ms; ` +
        `suggest ${times.map((t) => t.toFixed(1)).join(' / ')} ms; edit + suggest ${afterEdit.toFixed(1)} ms`,
    );
  });
});
