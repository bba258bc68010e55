import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('creates a claim with its anchor, defaults and a history entry', async () => {
    const { claim } = await seededCase();
    const stored = await repos.claims.get(claim.id);
    expect(stored?.anchor.quote.exact).toBe('he denied it');
    expect(stored?.statement).toBe('he denied it');
    expect(stored?.status).toBe('open');
    const history = await repos.claims.historyOf(claim.id);
    expect(history.map((h) => [h.action, h.field, h.reviewer])).toEqual([['create', 'claim', 'Ana']]);
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
