import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from './case-builder';
import { CaseSearchIndex } from './search';
import { highlightSegments, passageSnippet } from './highlight';
import { parseSeedArticle } from '../seed-format';

const root = join(import.meta.dirname, '../../..');
const seeds = [join(root, '../shared/seeds'), join(root, '../../shared/seeds')].find(existsSync)!;
const articles = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'].map((f, i) => {
  const parsed = parseSeedArticle(readFileSync(join(seeds, f), 'utf8'));
  return buildArticle('case', `a${i}`, i, { text: '', blocks: parsed.blocks, title: parsed.title, outlet: `Outlet ${'ABC'[i]}` });
});
const [a0, a1] = articles;
const meddle = buildClaim(a0, 'meddle', 'He said he as absolutely did not meddle in our election', { claimant: 'Vladimir Putin', notes: 'Kremlin line' });
const facebook = buildClaim(a1, 'facebook', '126 million Americans through Facebook', { tags: ['figures'] });

describe('CaseSearchIndex', () => {
  it('finds claims by quote, claimant, notes and tags, with prefix and fuzzy matching', () => {
    const index = new CaseSearchIndex();
    index.sync(articles, [meddle, facebook]);
    expect([...index.search('Putin').claims.keys()]).toEqual(['meddle']);
    expect([...index.search('kreml').claims.keys()]).toEqual(['meddle']);
    expect([...index.search('figures').claims.keys()]).toEqual(['facebook']);
    // One letter off still finds the quote ("Facebok").
    expect([...index.search('Facebok').claims.keys()]).toEqual(['facebook']);
  });

  it('finds article text, and a search shows the claims of matched articles', () => {
    const index = new CaseSearchIndex();
    index.sync(articles, [meddle, facebook]);
    const syria = index.search('Syria');
    expect([...syria.articles.keys()].sort()).toEqual(['a0', 'a1', 'a2']);
    expect(syria.claims.size).toBe(0);
    expect(syria.terms).toContain('syria');
    const ukraine = index.search('Ukraine');
    expect([...ukraine.articles.keys()]).toEqual(['a1']);
  });

  it('follows edits and deletions incrementally', () => {
    const index = new CaseSearchIndex();
    index.sync(articles, [meddle, facebook]);
    expect(index.size).toBe(5);
    const edited = { ...facebook, notes: 'Senate testimony', updatedAt: '2026-02-01T00:00:00.000Z' };
    index.sync(articles, [edited]);
    expect(index.size).toBe(4);
    expect(index.search('testimony').claims.has('facebook')).toBe(true);
    expect(index.search('Kremlin').claims.size).toBe(0);
  });

  it('indexes in slices and reports when it is complete', () => {
    const index = new CaseSearchIndex();
    expect(index.syncSome(articles, [meddle, facebook], 2)).toBe(false);
    expect(index.size).toBe(2);
    expect(index.syncSome(articles, [meddle, facebook], 2)).toBe(false);
    expect(index.syncSome(articles, [meddle, facebook], 2)).toBe(true);
    expect(index.size).toBe(5);
    // New data restarts the slicing; unchanged documents cost nothing.
    expect(index.syncSome(articles, [meddle], 1)).toBe(true);
    expect(index.size).toBe(4);
  });

  it('returns nothing for a blank query', () => {
    const index = new CaseSearchIndex();
    index.sync(articles, [meddle]);
    expect(index.search('   ')).toEqual({ claims: new Set(), articles: new Set(), terms: [] });
  });
});

describe('highlighting', () => {
  it('marks whole words that start with a matched term, in any case', () => {
    expect(highlightSegments('Syria and the Syrian war; not osyria', ['syria'])).toEqual([
      { text: 'Syria', hit: true },
      { text: ' and the ', hit: false },
      { text: 'Syrian', hit: true },
      { text: ' war; not osyria', hit: false },
    ]);
    expect(highlightSegments('no match', [])).toEqual([{ text: 'no match', hit: false }]);
  });

  it('cuts a passage of the article around the first match', () => {
    const snippet = passageSnippet(a0.text, ['syria'])!;
    const text = snippet.map((s) => s.text).join('');
    expect(text).toMatch(/^….*APEC, where they discussed Syria\..*…$/);
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Syria']);
    expect(text.length).toBeLessThan(170);
    expect(passageSnippet(a0.text, ['zanzibar'])).toBeNull();
  });
});
