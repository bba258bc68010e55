import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { LOAD_PAGE, LiveCaseClaims } from './live-case-claims';
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

  it('loads a case larger than one page, leaving out other cases’ claims in the same id range', async () => {
    const { c, article } = await caseWithArticle();
    const other = await caseWithArticle();
    const template = await mark(c.id, article, 'Putin');
    const many = Array.from({ length: LOAD_PAGE * 2 + 7 }, (_, i) => ({ ...template, id: `k-${String(i).padStart(5, '0')}`, caseId: i % 3 === 0 ? other.c.id : c.id }));
    await repos.db.claims.bulkPut(many);
    const { live } = follow(c.id);
    await live.settled();
    const expected = await repos.claims.listByCase(c.id);
    expect(expected.length).toBeGreaterThan(LOAD_PAGE);
    expect(live.getSnapshot()).toEqual(expected);
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
