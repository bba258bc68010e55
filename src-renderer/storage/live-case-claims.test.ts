import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { FIRST_LOAD_ARTICLES, LOAD_ARTICLES, LiveCaseClaims, type ClaimsLoading } from './live-case-claims';
import { parseSeedArticle } from '../core/seed-format';
import { describeAnchor } from '../core/anchoring/describe';
import type { Article, Claim } from '../core/model';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/seeds/000_9044352e4e2fc21f.txt'), 'utf8');

let repos: Repositories;
let n = 0;
const stops: (() => void)[] = [];
beforeEach(() => {
  repos = openRepositories(new FactmarkDb(`live-claims-${++n}`));
});
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await repos.db.delete();
});

async function caseWithArticle() {
  const c = await repos.cases.create('Trump and Putin at APEC');
  const parsed = parseSeedArticle(seed);
  const [article] = await repos.articles.addMany(c.id, [{ title: parsed.title, blocks: parsed.blocks, origin: { format: 'seed', name: '000.txt' } }]);
  return { c, article };
}

function mark(caseId: string, article: Article, phrase: string): Promise<Claim> {
  const start = article.text.indexOf(phrase);
  return repos.claims.create({ caseId, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + phrase.length }), claimDate: '' }, 'Ana');
}

function follow(caseId: string) {
  const live = new LiveCaseClaims(repos.db, caseId);
  const seen: (Claim[] | undefined)[] = [];
  live.subscribe(() => seen.push(live.getSnapshot()));
  stops.push(live.start());
  return { live, seen };
}

/** Waits for the storagemutated event of the last write, then for the refresh it queued. */
async function settle(live: LiveCaseClaims) {
  await new Promise((r) => setTimeout(r, 20));
  await live.settled();
}

describe('LiveCaseClaims', () => {
  it('loads the case’s claims in the order the database returns them', async () => {
    const { c, article } = await caseWithArticle();
    await mark(c.id, article, 'he denied it');
    await mark(c.id, article, 'Putin');
    const { live } = follow(c.id);
    expect(live.getSnapshot()).toBeUndefined();
    await live.settled();
    expect(live.getSnapshot()).toEqual(await repos.claims.listByCase(c.id));
  });

  it('loads a case of many articles, offering the claims read so far in reading order, and leaves out other cases’ claims', async () => {
    const { c, article } = await caseWithArticle();
    const other = await caseWithArticle();
    const parsed = parseSeedArticle(seed);
    const more = await repos.articles.addMany(c.id, Array.from({ length: LOAD_ARTICLES * 2 + 3 }, (_, i) => ({ title: `${parsed.title} ${i}`, blocks: parsed.blocks, origin: { format: 'seed' as const, name: `${i}.txt` } })));
    const articles = [article, ...more];
    const template = await mark(c.id, article, 'Putin');
    // Ids run against reading order, so an id-ordered read would not offer the first articles first.
    const many = articles.flatMap((a, i) => [0, 1, 2].map((k) => ({ ...template, id: `k-${String(articles.length - i).padStart(3, '0')}-${k}`, articleId: a.id, caseId: k === 2 ? other.c.id : c.id })));
    await repos.db.claims.bulkPut(many);
    const live = new LiveCaseClaims(repos.db, c.id);
    const offered: ClaimsLoading[] = [];
    live.subscribe(() => {
      const loading = live.getLoading();
      if (loading) offered.push(loading);
    });
    stops.push(live.start());
    await live.settled();
    const expected = await repos.claims.listByCase(c.id);
    expect(expected.length).toBe(articles.length * 2 + 1);
    expect(live.getSnapshot()).toEqual(expected);
    expect(live.getLoading()).toBeUndefined();
    // The first offer holds the first (smaller) batch of articles, in reading order, all of the case and none of the other.
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0].total).toBe(expected.length);
    const firstArticles = articles.slice(0, FIRST_LOAD_ARTICLES).map((a) => a.id);
    expect(new Set(offered[0].claims.map((x) => x.articleId))).toEqual(new Set(firstArticles));
    expect(offered[0].claims.every((x) => x.caseId === c.id)).toBe(true);
    const orders = offered[0].claims.map((x) => firstArticles.indexOf(x.articleId));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('stops reading once stopped in the middle of a load', async () => {
    const { c, article } = await caseWithArticle();
    const parsed = parseSeedArticle(seed);
    const more = await repos.articles.addMany(c.id, Array.from({ length: LOAD_ARTICLES * 6 }, (_, i) => ({ title: `${parsed.title} ${i}`, blocks: parsed.blocks, origin: { format: 'seed' as const, name: `${i}.txt` } })));
    const template = await mark(c.id, article, 'Putin');
    await repos.db.claims.bulkPut(more.map((a, i) => ({ ...template, id: `m-${i}`, articleId: a.id })));
    const live = new LiveCaseClaims(repos.db, c.id);
    const stop = live.start();
    // Stopped as soon as the first batch has been read and offered.
    live.subscribe(stop);
    const reads = vi.spyOn(repos.db.claims, 'where');
    await live.settled();
    expect(live.getSnapshot()).toBeUndefined();
    // The batches asked for before the stop (two ahead, and the next), and no more: 3 of 8.
    expect(reads.mock.calls.filter(([index]) => (index as unknown) === 'articleId').length).toBe(FIRST_LOAD_ARTICLES + 2 * LOAD_ARTICLES);
    reads.mockRestore();
  });

  it('loads claims whose article is not in the case', async () => {
    const { c, article } = await caseWithArticle();
    const claim = await mark(c.id, article, 'Putin');
    const stray = { ...claim, id: 'stray-1', articleId: 'no-such-article' };
    await repos.db.claims.put(stray);
    const { live } = follow(c.id);
    await live.settled();
    expect(live.getSnapshot()?.map((x) => x.id).sort()).toEqual([claim.id, 'stray-1'].sort());
  });

  it('offers nothing partial when it reloads a case it holds', async () => {
    const { c, article } = await caseWithArticle();
    const claim = await mark(c.id, article, 'Putin');
    const { live } = follow(c.id);
    await live.settled();
    const loadings: (ClaimsLoading | undefined)[] = [];
    live.subscribe(() => loadings.push(live.getLoading()));
    await repos.db.claims.bulkPut([{ ...claim, id: 'a-1' }, { ...claim, id: 'z-1' }]);
    await settle(live);
    expect(live.getSnapshot()?.length).toBe(3);
    expect(loadings.every((l) => l === undefined)).toBe(true);
  });

  it('tells its listeners when the first read fails, and reads again when asked', async () => {
    const { c, article } = await caseWithArticle();
    const claim = await mark(c.id, article, 'Putin');
    repos.db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const live = new LiveCaseClaims(repos.db, c.id);
    const failures: unknown[] = [];
    live.subscribe(() => failures.push(live.failure()));
    stops.push(live.start());
    await live.settled();
    expect(live.getSnapshot()).toBeUndefined();
    expect(failures.at(-1)).toBeInstanceOf(Error);
    expect(logged).toHaveBeenCalledWith('Reading claims failed', failures.at(-1));
    logged.mockRestore();
    await repos.db.open();
    live.retry();
    // The failure is taken back at once, so a view shows that it is reading again.
    expect(live.failure()).toBeNull();
    await live.settled();
    expect(live.getSnapshot()?.map((x) => x.id)).toEqual([claim.id]);
    expect(live.failure()).toBeNull();
  });

  it('follows creates, edits and deletes by re-reading only the claims they touch', async () => {
    const { c, article } = await caseWithArticle();
    const first = await mark(c.id, article, 'he denied it');
    const { live, seen } = follow(c.id);
    await live.settled();
    const loaded = live.getSnapshot()!;

    const second = await mark(c.id, article, 'Putin');
    await settle(live);
    expect(live.getSnapshot()).toEqual(await repos.claims.listByCase(c.id));
    expect(live.getSnapshot()!.map((x) => x.id).sort()).toEqual([first.id, second.id].sort());
    // The untouched claim keeps its object: views memoised on it do not redo their work.
    expect(live.getSnapshot()!.find((x) => x.id === first.id)).toBe(loaded[0]);

    await repos.claims.update(second.id, { claimant: 'Vladimir Putin' }, c.scale, 'Ana');
    await settle(live);
    expect(live.getSnapshot()!.find((x) => x.id === second.id)!.claimant).toBe('Vladimir Putin');

    await repos.claims.delete(first.id, 'Ana');
    await settle(live);
    expect(live.getSnapshot()!.map((x) => x.id)).toEqual([second.id]);
    // Loaded, created, edited, deleted: one new snapshot each.
    expect(seen).toHaveLength(4);
  });

  it('ignores claims of other cases and writes that change nothing it holds', async () => {
    const { c, article } = await caseWithArticle();
    const other = await caseWithArticle();
    const { live, seen } = follow(c.id);
    await live.settled();
    await mark(other.c.id, other.article, 'he denied it');
    await settle(live);
    expect(live.getSnapshot()).toEqual([]);
    expect(seen).toHaveLength(1);
    await mark(c.id, article, 'Putin');
    await settle(live);
    expect(live.getSnapshot()).toHaveLength(1);
  });

  it('reloads the case when a bulk write touches a range of claims', async () => {
    const { c, article } = await caseWithArticle();
    const { live } = follow(c.id);
    await live.settled();
    const template = await mark(c.id, article, 'Putin');
    const many = Array.from({ length: 60 }, (_, i) => ({ ...template, id: `bulk-${String(i).padStart(3, '0')}` }));
    await repos.db.claims.bulkPut(many);
    await settle(live);
    expect(live.getSnapshot()).toHaveLength(61);
    expect(live.getSnapshot()).toEqual(await repos.claims.listByCase(c.id));
    await repos.cases.delete(c.id);
    await settle(live);
    expect(live.getSnapshot()).toEqual([]);
  });

  it('stops following once stopped', async () => {
    const { c, article } = await caseWithArticle();
    const { live, seen } = follow(c.id);
    await live.settled();
    stops.pop()!();
    await mark(c.id, article, 'Putin');
    await settle(live);
    expect(seen).toHaveLength(1);
  });

  it('shows a claim before its write commits, and the commit then publishes nothing new', async () => {
    const { c, article } = await caseWithArticle();
    const { live, seen } = follow(c.id);
    await live.settled();
    const start = article.text.indexOf('Putin');
    const claim = repos.claims.build({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + 5 }), claimDate: '' });
    live.apply(claim);
    expect(live.getSnapshot()).toEqual([claim]);
    await repos.claims.insert(claim, 'Ana');
    await settle(live);
    expect(seen).toHaveLength(2);
    expect(live.getSnapshot()).toEqual(await repos.claims.listByCase(c.id));
  });

  it('takes back a shown claim whose write failed', async () => {
    const { c, article } = await caseWithArticle();
    const kept = await mark(c.id, article, 'he denied it');
    const { live } = follow(c.id);
    await live.settled();
    const claim = { ...kept, id: `${kept.id}-new` };
    live.apply(claim);
    expect(live.getSnapshot()).toHaveLength(2);
    live.forget(claim.id);
    expect(live.getSnapshot()).toEqual([kept]);
  });
});
