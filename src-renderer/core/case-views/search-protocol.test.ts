import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../model';
import { buildArticle, buildClaim } from './case-builder';
import { CaseSearchIndex } from './search';
import { passageSnippet } from './highlight';
import { matchedRows, requestProblem, SearchService, type CaseContents, type SearchNotice, type SearchResponse } from './search-protocol';
import { parseSeedArticle } from '../seed-format';

const root = join(import.meta.dirname, '../../..');
const seeds = [join(root, '../shared/seeds'), join(root, '../../shared/seeds')].find(existsSync)!;
const articles = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'].map((f, i) => {
  const parsed = parseSeedArticle(readFileSync(join(seeds, f), 'utf8'));
  return buildArticle('case', `a${i}`, i, { text: '', blocks: parsed.blocks, title: parsed.title, outlet: `Outlet ${'ABC'[i]}` });
});
const meddle = buildClaim(articles[0], 'meddle', 'He said he as absolutely did not meddle in our election', { claimant: 'Vladimir Putin', notes: 'Kremlin line' });
const facebook = buildClaim(articles[1], 'facebook', '126 million Americans through Facebook', { tags: ['figures'] });
/** Enough claims that indexing takes many slices. */
const many = Array.from({ length: 3000 }, (_, i) => ({ ...meddle, id: `m${String(i).padStart(4, '0')}`, notes: `note ${i} word${i}` }));

/** Contents held in memory: `set` plays a committed write, `fail` a read that failed. */
function fakeContents(data: { articles: Article[]; claims: Claim[] } | undefined, failure: unknown = null) {
  const listeners = new Set<() => void>();
  let stopped = false;
  const contents: CaseContents & { set(next: { articles: Article[]; claims: Claim[] }): void; stopped(): boolean } = {
    current: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => Promise.resolve(),
    failure: () => failure,
    stop: () => void (stopped = true),
    set(next) {
      data = next;
      listeners.forEach((l) => l());
    },
    stopped: () => stopped,
  };
  return contents;
}

/** A service over fake contents whose pauses between indexing slices are released by hand. */
function serviceOver(byCase: Record<string, ReturnType<typeof fakeContents>>) {
  const notices: SearchNotice[] = [];
  const paused: (() => void)[] = [];
  const service = new SearchService({
    follow: (caseId) => byCase[caseId],
    notify: (n) => notices.push(n),
    pause: () => new Promise((resume) => paused.push(resume)),
  });
  /** Lets background indexing run to completion. */
  const finishIndexing = async () => {
    for (let i = 0; i < 10_000 && !notices.some((n) => n.type === 'indexed'); i++) {
      paused.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { service, notices, paused, finishIndexing };
}

function resultsOf(answer: SearchResponse) {
  if (answer.type !== 'results') throw new Error(`expected results, got ${JSON.stringify(answer)}`);
  return answer;
}

describe('SearchService', () => {
  it('answers a search from a complete index, with the passages cut around article matches', async () => {
    const { service, finishIndexing, notices } = serviceOver({ c1: fakeContents({ articles, claims: [meddle, facebook] }) });
    expect(await service.handle({ type: 'open', requestId: 1, caseId: 'c1' })).toEqual({ type: 'opened', requestId: 1, caseId: 'c1' });
    await finishIndexing();
    expect(notices).toEqual([{ type: 'indexed', caseId: 'c1', documents: 5 }]);

    const putin = resultsOf(await service.handle({ type: 'search', requestId: 2, query: 'Putin', seq: 1 }));
    expect(putin.seq).toBe(1);
    expect(putin.claimIds).toEqual(['meddle']);
    expect(putin.terms).toContain('putin');

    const ukraine = resultsOf(await service.handle({ type: 'search', requestId: 3, query: 'Ukraine', seq: 2 }));
    expect(ukraine.claimIds).toEqual([]);
    expect(ukraine.articles.map(([id]) => id)).toEqual(['a1']);
    expect(ukraine.articles[0][1]).toEqual(passageSnippet(articles[1].text, ['ukraine']));
    expect(ukraine.articles[0][1]!.some((s) => s.hit && s.text === 'Ukraine')).toBe(true);
    const rows = [{ id: 'meddle', articleId: 'a0' }, { id: 'facebook', articleId: 'a1' }];
    expect(rows.filter(matchedRows(ukraine).has).map((r) => r.id)).toEqual(['facebook']);
  });

  it('finishes the index before answering a search made while indexing: the answer is never partial', async () => {
    const claims = [meddle, facebook, ...many];
    const { service, notices, paused } = serviceOver({ c1: fakeContents({ articles, claims }) });
    await service.handle({ type: 'open', requestId: 1, caseId: 'c1' });
    // Background indexing has done a slice of a few milliseconds and waits for its next turn.
    expect(paused).toHaveLength(1);
    expect(notices).toEqual([]);
    const reference = new CaseSearchIndex();
    reference.sync(articles, claims);
    // The last claim indexed (and its near spellings: fuzzy matching) is found.
    const found = resultsOf(await service.handle({ type: 'search', requestId: 2, query: 'word2999', seq: 1 }));
    expect(found.claimIds).toContain('m2999');
    expect(found.claimIds.sort()).toEqual([...reference.search('word2999').claims.keys()].sort());
    const all = resultsOf(await service.handle({ type: 'search', requestId: 3, query: 'note', seq: 2 }));
    expect(all.claimIds.sort()).toEqual([...reference.search('note').claims.keys()].sort());
    expect(all.claimIds.length).toBeGreaterThanOrEqual(3000);
    // The next slice finds the index complete.
    paused.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(notices).toEqual([{ type: 'indexed', caseId: 'c1', documents: 3 + claims.length }]);
  });

  it('says "changed" after writes were applied, and searches then see them', async () => {
    const contents = fakeContents({ articles, claims: [meddle, facebook] });
    const { service, notices, finishIndexing } = serviceOver({ c1: contents });
    await service.handle({ type: 'open', requestId: 1, caseId: 'c1' });
    await finishIndexing();
    const edited = { ...facebook, statement: 'Zuckerberg testified to the Senate', updatedAt: '2026-03-01T00:00:00.000Z' };
    const corrected = { ...articles[2], text: `${articles[2].text} Addendum about Vilnius.`, updatedAt: '2026-03-01T00:00:00.000Z' };
    contents.set({ articles: [articles[0], articles[1], corrected], claims: [meddle, edited] });
    expect(notices.filter((n) => n.type === 'changed')).toEqual([{ type: 'changed', caseId: 'c1' }]);
    expect(resultsOf(await service.handle({ type: 'search', requestId: 2, query: 'zuckerberg', seq: 1 })).claimIds).toEqual(['facebook']);
    const vilnius = resultsOf(await service.handle({ type: 'search', requestId: 3, query: 'vilnius', seq: 2 }));
    expect(vilnius.articles.map(([id]) => id)).toEqual(['a2']);
    expect(vilnius.articles[0][1]!.map((s) => s.text).join('')).toMatch(/Addendum about Vilnius\.$/);
  });

  it('drops a search that a newer one overtook before its turn, and re-opens on another case', async () => {
    const one = fakeContents({ articles, claims: [meddle] });
    const two = fakeContents({ articles: [articles[1]], claims: [facebook] });
    const { service } = serviceOver({ one, two });
    await service.handle({ type: 'open', requestId: 1, caseId: 'one' });
    const older = service.handle({ type: 'search', requestId: 2, query: 'Put', seq: 1 });
    const newer = service.handle({ type: 'search', requestId: 3, query: 'Putin', seq: 2 });
    expect(await older).toEqual({ type: 'superseded', requestId: 2, seq: 1 });
    expect(resultsOf(await newer).claimIds).toEqual(['meddle']);

    await service.handle({ type: 'open', requestId: 4, caseId: 'two' });
    expect(one.stopped()).toBe(true);
    expect(resultsOf(await service.handle({ type: 'search', requestId: 5, query: 'Putin', seq: 3 })).claimIds).toEqual([]);
    expect(resultsOf(await service.handle({ type: 'search', requestId: 6, query: 'Facebook', seq: 4 })).claimIds).toEqual(['facebook']);
  });

  it('answers with a clear error when reading or indexing failed, and for malformed messages', async () => {
    const broken = { ...meddle, tags: undefined } as unknown as Claim;
    const { service } = serviceOver({
      unreadable: fakeContents(undefined, new Error('disk gone')),
      broken: fakeContents({ articles, claims: [broken] }),
    });
    expect(await service.handle({ type: 'search', requestId: 1, query: 'Putin', seq: 1 })).toEqual({ type: 'error', requestId: 1, message: 'No case is open for searching.' });
    await service.handle({ type: 'open', requestId: 2, caseId: 'unreadable' });
    expect(await service.handle({ type: 'search', requestId: 3, query: 'Putin', seq: 2 })).toEqual({ type: 'error', requestId: 3, message: 'Reading the case failed: disk gone' });
    await service.handle({ type: 'open', requestId: 4, caseId: 'broken' });
    const answer = await service.handle({ type: 'search', requestId: 5, query: 'Putin', seq: 3 });
    expect(answer).toMatchObject({ type: 'error', requestId: 5, message: expect.stringMatching(/^Indexing the case failed: /) });

    expect(await service.handle(null)).toEqual({ type: 'error', requestId: -1, message: 'The message is not an object.' });
    expect(await service.handle({ type: 'search', requestId: 6, query: 7, seq: 1 })).toEqual({ type: 'error', requestId: 6, message: 'search needs a query string and a numeric seq.' });
    expect(requestProblem({ type: 'open', requestId: 1 })).toBe('open needs a caseId string.');
    expect(requestProblem({ type: 'explode', requestId: 1 })).toBe('Unknown request type: explode.');
  });
});
