import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RangeSet } from 'dexie';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { followCaseContents } from './live-case-contents';
import { changedArticleIds } from './live-case-articles';
import { parseSeedArticle } from '../core/seed-format';
import { describeAnchor } from '../core/anchoring/describe';
import { textToBlocks } from '../core/article-text';
import { SearchService, type CaseContents, type SearchNotice, type SearchResponse } from '../core/case-views/search-protocol';
import type { Article } from '../core/model';

const seedsDir = join(import.meta.dirname, '../../../shared/seeds');
const seedFiles = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'];

let repos: Repositories;
let n = 0;
let service: SearchService;
let notices: SearchNotice[];
let requestId = 0;
const followed: CaseContents[] = [];
beforeEach(() => {
  repos = openRepositories(new FactmarkDb(`live-contents-${++n}`));
  notices = [];
  const follow = (caseId: string) => followed[followed.push(followCaseContents(repos.db, caseId)) - 1];
  service = new SearchService({ follow, notify: (notice) => notices.push(notice) });
});
afterEach(async () => {
  followed.splice(0).forEach((contents) => contents.stop());
  await repos.db.delete();
});

async function seededCase() {
  const c = await repos.cases.create('Trump and Putin at APEC');
  const drafts = seedFiles.map((f) => {
    const parsed = parseSeedArticle(readFileSync(join(seedsDir, f), 'utf8'));
    return { title: parsed.title, blocks: parsed.blocks, origin: { format: 'seed' as const, name: f } };
  });
  const articles = await repos.articles.addMany(c.id, drafts);
  const claim = await mark(c.id, articles[1], '126 million Americans through Facebook');
  return { c, articles, claim };
}

function mark(caseId: string, article: Article, phrase: string) {
  const start = article.text.indexOf(phrase);
  return repos.claims.create({ caseId, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + phrase.length }), claimDate: '' }, 'Ana');
}

async function search(query: string) {
  const answer: SearchResponse = await service.handle({ type: 'search', requestId: ++requestId, query, seq: requestId });
  if (answer.type !== 'results') throw new Error(`expected results, got ${JSON.stringify(answer)}`);
  return answer;
}

/** Waits for the worker-side "changed" notice that follows a committed write. */
async function changed(count: number) {
  for (let i = 0; i < 200 && notices.filter((x) => x.type === 'changed').length < count; i++) await new Promise((r) => setTimeout(r, 10));
  expect(notices.filter((x) => x.type === 'changed')).toHaveLength(count);
}

describe('the search service over the database', () => {
  it('opens a case from storage and finds claims and article text, with passages', async () => {
    const { c, articles, claim } = await seededCase();
    await service.handle({ type: 'open', requestId: ++requestId, caseId: c.id });
    const ukraine = await search('Ukraine');
    expect(ukraine.articles.map(([id]) => id)).toEqual([articles[1].id]);
    expect(ukraine.articles[0][1]!.some((s) => s.hit && s.text === 'Ukraine')).toBe(true);
    expect((await search('facebook')).claimIds).toEqual([claim.id]);
    for (let i = 0; i < 100 && !notices.some((x) => x.type === 'indexed'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(notices).toEqual([{ type: 'indexed', caseId: c.id, documents: 4 }]);
  });

  it('follows a claim edit and an article’s text correction, saying "changed" after each', async () => {
    const { c, articles, claim } = await seededCase();
    await service.handle({ type: 'open', requestId: ++requestId, caseId: c.id });
    expect((await search('Zuckerberg')).claimIds).toEqual([]);

    await repos.claims.update(claim.id, { statement: 'Zuckerberg told the Senate 126 million saw the posts' }, c.scale, 'Ana');
    await changed(1);
    expect((await search('Zuckerberg')).claimIds).toEqual([claim.id]);

    const corrected = `${articles[2].text}\n\nCorrection: the summit took place in Da Nang, Vietnam.`;
    await repos.articles.replaceText(articles[2].id, textToBlocks(corrected), []);
    await changed(2);
    const nang = await search('Nang');
    expect(nang.articles.map(([id]) => id)).toEqual([articles[2].id]);
    expect(nang.articles[0][1]!.map((s) => s.text).join('')).toMatch(/Da Nang, Vietnam\.$/);

    // Writes to another case change nothing here.
    const other = await repos.cases.create('Other');
    await repos.articles.addMany(other.id, [{ title: 'Elsewhere', blocks: textToBlocks('Nang elsewhere.'), origin: { format: 'text', name: 'x.txt' } }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(notices.filter((x) => x.type === 'changed')).toHaveLength(2);
    expect((await search('Nang')).articles).toHaveLength(1);
  });

  it('names the articles a write touched, metadata or body, or all after a range write', () => {
    expect(changedArticleIds({ 'idb://factmark/claims/': new RangeSet('c1') }, 'factmark')).toEqual([]);
    const parts = { 'idb://factmark/articles/': new RangeSet('a1'), 'idb://factmark/articleBodies/': new RangeSet('a2').add(new RangeSet('a1')) };
    expect(changedArticleIds(parts, 'factmark').toString()).toBe('a1,a2');
    expect(changedArticleIds({ 'idb://factmark/articleBodies/': new RangeSet('a', 'z') }, 'factmark')).toBe('all');
  });
});
