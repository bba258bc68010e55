// Change signals for the backup scheduler, and the one-transaction read of every case.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FactmarkDb, onCaseDataChanged, openRepositories, type Repositories } from './index';

const tick = () => new Promise((r) => setTimeout(r, 20));

let repos: Repositories;
let n = 0;
beforeEach(async () => {
  repos = openRepositories(new FactmarkDb(`changes-${++n}`));
  // Opening (creating) the database signals every table once; listen after that.
  await repos.db.open();
  await tick();
});
afterEach(async () => {
  await repos.db.delete();
});


it('reports committed writes to case tables and ignores settings', async () => {
  let changes = 0;
  const stop = onCaseDataChanged(repos.db, () => changes++);
  await repos.settings.set('theme', 'dark');
  await tick();
  expect(changes).toBe(0);
  const c = await repos.cases.create('Trump and Putin at APEC');
  await tick();
  expect(changes).toBe(1);
  await repos.cases.update(c.id, { title: 'Renamed' });
  await tick();
  expect(changes).toBe(2);
  stop();
  await repos.cases.delete(c.id);
  await tick();
  expect(changes).toBe(2);
});

it('ignores writes to another database of the same shape', async () => {
  const other = openRepositories(new FactmarkDb(`changes-other-${n}`));
  await other.db.open();
  await tick();
  let changes = 0;
  const stop = onCaseDataChanged(repos.db, () => changes++);
  await other.cases.create('Elsewhere');
  await tick();
  expect(changes).toBe(0);
  stop();
  await other.db.delete();
});

it('reads every case in one go', async () => {
  const a = await repos.cases.create('First');
  const b = await repos.cases.create('Second');
  const all = await repos.cases.allContents();
  expect(all.map((c) => c.case.id).sort()).toEqual([a.id, b.id].sort());
  expect(all.every((c) => c.articles.length === 0 && c.claims.length === 0)).toBe(true);
});

it('a rehearsed claim write stores nothing and signals no change', async () => {
  const c = await repos.cases.create('Trump and Putin at APEC');
  const [article] = await repos.articles.addMany(c.id, [{ title: 'APEC', publishedDate: '2017-11-11', blocks: [{ type: 'paragraph', text: 'He said he did not meddle.' }], origin: { format: 'seed', name: 'a.txt' } }]);
  await tick();
  let changes = 0;
  const stop = onCaseDataChanged(repos.db, () => changes++);
  const anchor = { quote: { type: 'TextQuoteSelector' as const, exact: 'He said', prefix: '', suffix: ' he did' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 7 }, state: 'anchored' as const };
  await repos.claims.rehearseWrite(c.id, article.id, anchor);
  await tick();
  expect(changes).toBe(0);
  expect(await repos.claims.listByCase(c.id)).toEqual([]);
  expect(await repos.db.history.count()).toBe(0);
  // A real write still signals.
  await repos.claims.create({ caseId: c.id, articleId: article.id, anchor, claimDate: '2017-11-11' }, 'Ana');
  await tick();
  expect(changes).toBeGreaterThan(0);
  expect(await repos.claims.listByCase(c.id)).toHaveLength(1);
  stop();
});
