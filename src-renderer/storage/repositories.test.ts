import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { parseSeedArticle } from '../core/seed-format';
import { describeAnchor } from '../core/anchoring/describe';
import { DEFAULT_SCALE } from '../core/rating-scales';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/seeds/000_9044352e4e2fc21f.txt'), 'utf8');

let repos: Repositories;
let n = 0;
beforeEach(() => {
  repos = openRepositories(new FactmarkDb(`test-${++n}`));
});
afterEach(async () => {
  await repos.db.delete();
});

async function seededCase() {
  const c = await repos.cases.create('Trump and Putin at APEC');
  const parsed = parseSeedArticle(seed);
  const [article] = await repos.articles.addMany(c.id, [
    { title: parsed.title, publishedDate: parsed.publishedDate, blocks: parsed.blocks, origin: { format: 'seed', name: '000.txt' } },
  ]);
  const start = article.text.indexOf('he denied it');
  const claim = await repos.claims.create(
    { caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + 12 }), claimDate: article.publishedDate },
    'Ana',
  );
  return { c, article, claim };
}

/** Ids in the articles table and in articleBodies: equal when every article has exactly its body. */
async function storedArticleIds() {
  const ids = async (keys: Promise<string[]>) => (await keys).sort();
  return { articles: await ids(repos.db.articles.toCollection().primaryKeys()), bodies: await ids(repos.db.articleBodies.toCollection().primaryKeys()) };
}

const bothTables = (...ids: string[]) => ({ articles: [...ids].sort(), bodies: [...ids].sort() });

describe('repositories', () => {
  it('stores an imported article with its plain text and hash, in order', async () => {
    const { c, article } = await seededCase();
    const stored = await repos.articles.listByCase(c.id);
    expect(stored).toHaveLength(1);
    expect(stored[0].text).toBe(article.text);
    expect(stored[0].text.startsWith('President Donald Trump said')).toBe(true);
    expect(stored[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].publishedDate).toBe('2017-11-11');
    expect(await repos.articles.findByHash(c.id, stored[0].contentHash)).toHaveLength(1);
  });

  it('lists a case\'s article summaries in order without text or blocks', async () => {
    const { c, article } = await seededCase();
    const [second] = await repos.articles.addMany(c.id, [{ title: 'Second', blocks: [{ type: 'paragraph', text: 'Another text.' }], origin: { format: 'paste', name: 'b' } }]);
    const other = await repos.cases.create('Other case');
    await repos.articles.addMany(other.id, [{ title: 'Elsewhere', blocks: [{ type: 'paragraph', text: 'Not here.' }], origin: { format: 'paste', name: 'c' } }]);
    const summaries = await repos.articles.listSummariesByCase(c.id);
    expect(summaries.map((s) => [s.title, s.order])).toEqual([[article.title, 0], ['Second', 1]]);
    expect(summaries.every((s) => !('text' in s) && !('blocks' in s))).toBe(true);
    const { text: _t, blocks: _b, ...summary } = second;
    expect(summaries[1]).toEqual(summary);
    expect(await repos.articles.get(second.id)).toEqual(second);
    expect((await repos.articles.listByCase(c.id)).map((a) => a.text)).toEqual([article.text, 'Another text.']);
    expect(await repos.articles.bodyOf(second.id)).toEqual({ id: second.id, caseId: c.id, text: 'Another text.', blocks: second.blocks });
    expect(await repos.articles.bodyOf('missing')).toBeUndefined();
  });

  it('keeps every article and its body together through add, metadata edits, text replacement and delete', async () => {
    const { c, article, claim } = await seededCase();
    const [second] = await repos.articles.addMany(c.id, [{ title: 'Second', blocks: [{ type: 'paragraph', text: 'Another text.' }], origin: { format: 'paste', name: 'b' } }]);
    expect(await storedArticleIds()).toEqual(bothTables(article.id, second.id));

    await repos.articles.updateMetadata(article.id, { title: 'Renamed' });
    const renamed = await repos.articles.get(article.id);
    expect(renamed).toMatchObject({ title: 'Renamed', text: article.text, blocks: article.blocks });

    const blocks = [{ type: 'paragraph' as const, text: 'Corrected: he denied it.' }];
    const start = blocks[0].text.indexOf('he denied it');
    await repos.articles.replaceText(article.id, blocks, [{ id: claim.id, anchor: describeAnchor(blocks[0].text, { start, end: start + 12 }) }]);
    const replaced = (await repos.articles.get(article.id))!;
    expect(replaced).toMatchObject({ title: 'Renamed', blocks, text: 'Corrected: he denied it.' });
    expect(replaced.contentHash).not.toBe(article.contentHash);
    expect(await repos.db.articleBodies.get(article.id)).toEqual({ id: article.id, caseId: c.id, blocks, text: 'Corrected: he denied it.' });
    expect((await repos.claims.get(claim.id))?.anchor.position.start).toBe(start);
    // Replacing the text of an article that is gone writes no orphan body.
    await repos.articles.replaceText('no-such-article', blocks, []);
    expect(await storedArticleIds()).toEqual(bothTables(article.id, second.id));

    await repos.articles.delete(article.id);
    expect(await storedArticleIds()).toEqual(bothTables(second.id));
    expect(await repos.claims.get(claim.id)).toBeUndefined();
  });

  it('writes a case\'s articles with their bodies on restore and removes both on case delete', async () => {
    const { c, article } = await seededCase();
    const contents = (await repos.cases.contents(c.id))!;
    expect(contents.articles).toEqual([article]);
    // A restore replaces the case: articles no longer in it lose their bodies too.
    await repos.articles.addMany(c.id, [{ title: 'Dropped by the restore', blocks: [{ type: 'paragraph', text: 'Gone.' }], origin: { format: 'paste', name: 'x' } }]);
    await repos.cases.putContents(contents);
    expect(await storedArticleIds()).toEqual(bothTables(article.id));
    expect(await repos.articles.listByCase(c.id)).toEqual([article]);
    await repos.cases.delete(c.id);
    expect(await storedArticleIds()).toEqual(bothTables());
  });

  it('creates a claim with its anchor, defaults and a history entry', async () => {
    const { claim } = await seededCase();
    const stored = await repos.claims.get(claim.id);
    expect(stored?.anchor.quote.exact).toBe('he denied it');
    expect(stored?.statement).toBe('he denied it');
    expect(stored?.status).toBe('open');
    const history = await repos.claims.historyOf(claim.id);
    expect(history.map((h) => [h.action, h.field, h.reviewer])).toEqual([['create', 'claim', 'Ana']]);
  });

  it('moves the case\'s last-worked-on time with new claims, once a minute at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
      const { c, article, claim } = await seededCase();
      const mark = (start: number) => repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + 9 }), claimDate: '' }, 'Ana');
      await vi.waitFor(async () => expect((await repos.cases.get(c.id))?.updatedAt).toBe(claim.createdAt));
      vi.setSystemTime(new Date('2026-03-01T10:00:30Z'));
      await mark(0);
      vi.setSystemTime(new Date('2026-03-01T10:01:05Z'));
      const later = await mark(20);
      await vi.waitFor(async () => expect((await repos.cases.get(c.id))?.updatedAt).toBe(later.createdAt));
      expect(later.createdAt).toBe('2026-03-01T10:01:05.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('records verdict and status changes in the corrections log', async () => {
    const { claim } = await seededCase();
    const scale = DEFAULT_SCALE();
    await repos.claims.update(
      claim.id,
      { status: 'reviewed', verdict: { ratingId: 'false', conclusion: 'No evidence', rationale: [], reviewer: 'Ana', date: '2026-12-01' } },
      scale,
      'Ana',
    );
    await repos.claims.update(claim.id, { notes: 'just a note' }, scale, 'Ana');
    const history = await repos.claims.historyOf(claim.id);
    expect(history.filter((h) => h.action === 'update').map((h) => [h.field, h.before, h.after])).toEqual(
      expect.arrayContaining([
        ['verdict', '', 'False — No evidence'],
        ['status', 'open', 'reviewed'],
      ]),
    );
    expect(history.filter((h) => h.action === 'update')).toHaveLength(2);
  });

  it('applies verdict and tag edits to what is stored, so edits in quick succession keep each other', async () => {
    const { claim } = await seededCase();
    const scale = DEFAULT_SCALE();
    // Both edits made from the claim as first shown, before the first was stored.
    await Promise.all([
      repos.claims.update(claim.id, { verdictEdit: { change: { ratingId: 'half-true' }, date: '2026-12-01' } }, scale, 'Ana'),
      repos.claims.update(claim.id, { verdictEdit: { change: { conclusion: 'Possible viewers, not people reached.' }, date: '2026-12-01' } }, scale, 'Ana'),
    ]);
    expect((await repos.claims.get(claim.id))?.verdict).toEqual({ ratingId: 'half-true', conclusion: 'Possible viewers, not people reached.', rationale: [], reviewer: 'Ana', date: '2026-12-01' });
    await Promise.all([
      repos.claims.update(claim.id, { tagsEdit: { add: ['figures'], remove: [] } }, scale, 'Ana'),
      repos.claims.update(claim.id, { tagsEdit: { add: ['facebook'], remove: [] } }, scale, 'Ana'),
    ]);
    expect((await repos.claims.get(claim.id))?.tags).toEqual(['figures', 'facebook']);
    // Emptied, the verdict goes.
    await repos.claims.update(claim.id, { verdictEdit: { change: { ratingId: null, conclusion: '' }, date: '2026-12-02' } }, scale, 'Ana');
    expect((await repos.claims.get(claim.id))?.verdict).toBeNull();
  });

  it('deletes a claim with its links and evidence, and restores all of it', async () => {
    const { c, article, claim } = await seededCase();
    const other = await repos.claims.create(
      { caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start: 0, end: 9 }), claimDate: '' },
      'Ana',
    );
    await repos.links.link(c.id, claim.id, other.id, 'same');
    const src = await repos.sources.create(c.id, { url: 'https://example.org', title: 'Record', publisher: 'X', accessedDate: '', archivedUrl: '', excerpt: '', kind: 'primary' });
    await repos.sources.addEvidence(c.id, claim.id, src.id, 'refutes');
    const removed = await repos.claims.delete(claim.id, 'Ana');
    expect(removed?.links).toHaveLength(1);
    expect(removed?.evidence).toHaveLength(1);
    expect(await repos.links.ofClaim(other.id)).toEqual([]);
    await repos.claims.restore(removed!, 'Ana');
    expect(await repos.claims.get(claim.id)).toEqual(claim);
    expect(await repos.links.ofClaim(other.id)).toHaveLength(1);
    expect(await repos.sources.evidenceOfClaim(claim.id)).toHaveLength(1);
  });

  it('refuses self-links and does not duplicate a link', async () => {
    const { c, article, claim } = await seededCase();
    const other = await repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start: 0, end: 9 }), claimDate: '' }, 'Ana');
    await expect(repos.links.link(c.id, claim.id, claim.id, 'same')).rejects.toThrow(/itself/);
    const a = await repos.links.link(c.id, claim.id, other.id, 'contradicts');
    const b = await repos.links.link(c.id, other.id, claim.id, 'contradicts');
    expect(b.id).toBe(a.id);
    expect(await repos.links.listByCase(c.id)).toHaveLength(1);
  });

  it('reads the links around a claim: its own, and the same-claim links of its whole group', async () => {
    const { c, article, claim } = await seededCase();
    const mark = (start: number) => repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + 9 }), claimDate: '' }, 'Ana');
    const [b, d, e, far] = [await mark(0), await mark(20), await mark(40), await mark(60)];
    const own = await repos.links.link(c.id, claim.id, b.id, 'same');
    const chain = await repos.links.link(c.id, b.id, d.id, 'same');
    const mine = await repos.links.link(c.id, e.id, claim.id, 'contradicts');
    // Not the claim's and not joining its group: left out.
    await repos.links.link(c.id, d.id, far.id, 'contradicts');
    await repos.links.link(c.id, e.id, far.id, 'same');
    const around = await repos.links.aroundClaim(claim.id);
    expect(around.map((l) => l.id).sort()).toEqual([own.id, chain.id, mine.id].sort());
  });

  it('reads and writes a whole case, and deletes it with everything in it', async () => {
    const { c } = await seededCase();
    const contents = await repos.cases.contents(c.id);
    expect(contents?.articles).toHaveLength(1);
    expect(contents?.claims).toHaveLength(1);
    await repos.cases.delete(c.id);
    expect(await repos.cases.list()).toEqual([]);
    expect(await repos.db.claims.count()).toBe(0);
    expect(await repos.db.history.count()).toBe(0);
    await repos.cases.putContents(contents!);
    expect(await repos.cases.contents(c.id)).toEqual(contents);
  });

  it('restores several cases all or nothing', async () => {
    const { c } = await seededCase();
    const contents = (await repos.cases.contents(c.id))!;
    await repos.cases.delete(c.id);
    const broken = { ...contents, case: { ...contents.case, id: 'case-broken' }, articles: [{ ...contents.articles[0], id: undefined as unknown as string }] };
    await expect(repos.cases.putAllContents([contents, broken])).rejects.toThrow();
    expect(await repos.cases.list()).toEqual([]);
    expect(await storedArticleIds()).toEqual(bothTables());
    await repos.cases.putAllContents([contents]);
    expect(await repos.cases.contents(c.id)).toEqual(contents);
  });

  it('keeps settings with defaults', async () => {
    expect(await repos.settings.get('reviewerName')).toBe('');
    await repos.settings.set('reviewerName', 'Ana');
    await repos.settings.set('lastCaseId', 'x');
    expect(await repos.settings.all()).toMatchObject({ reviewerName: 'Ana', lastCaseId: 'x', welcomeDone: false });
  });
});
