// Restoring picked cases of a backup: new copies with fresh ids and a title
// naming the backup, the originals untouched, contents identical otherwise.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from '../../storage';
import { parseSeedArticle } from '../../core/seed-format';
import { describeAnchor } from '../../core/anchoring/describe';
import { integrityProblem, readBackup, writeBackup } from '../../core/export/bundle';
import { restoredCopies, summarizeBackup } from './backup-restore';

const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seeds/001_a3ddd61e6e446330.txt'), 'utf8');

let repos: Repositories;
let n = 0;
beforeEach(() => {
  repos = openRepositories(new FactmarkDb(`restore-${++n}`));
});
afterEach(async () => {
  await repos.db.delete();
});

async function caseWithVerdict(title: string) {
  const c = await repos.cases.create(title);
  const parsed = parseSeedArticle(seed);
  const [article] = await repos.articles.addMany(c.id, [{ title: parsed.title, publishedDate: parsed.publishedDate, blocks: parsed.blocks, origin: { format: 'seed', name: '001.txt' } }]);
  const quote = article.text.match(/[^.]{20,80}\./)![0];
  const start = article.text.indexOf(quote);
  const claim = await repos.claims.create({ caseId: c.id, articleId: article.id, anchor: describeAnchor(article.text, { start, end: start + quote.length }), claimDate: article.publishedDate }, 'Ana');
  const rating = c.scale.ratings[4];
  await repos.claims.update(claim.id, { verdict: { ratingId: rating.id, conclusion: 'No record of it.', rationale: [], reviewer: 'Ana', date: '2017-11-12' } }, c.scale, 'Ana');
  return c;
}

it('summarizes a backup and restores only the picked cases as renamed copies with fresh ids', async () => {
  const a = await caseWithVerdict('APEC meeting');
  const b = await caseWithVerdict('Second case');
  const read = readBackup(writeBackup(await repos.cases.allContents()));
  if (!read.ok) throw new Error(read.message);
  expect(summarizeBackup(read.cases).find((s) => s.id === a.id)).toEqual({ id: a.id, title: 'APEC meeting', articles: 1, claims: 1, verdicts: 1 });

  const copies = restoredCopies(read.cases, new Set([a.id]), '1 Dec 2026, 08:30');
  expect(copies).toHaveLength(1);
  const [copy] = copies;
  expect(copy.case.title).toBe('APEC meeting (restored from backup of 1 Dec 2026, 08:30)');
  expect(copy.case.id).not.toBe(a.id);
  expect(integrityProblem(copy)).toBeNull();
  await repos.cases.putAllContents(copies);

  const titles = (await repos.cases.list()).map((c) => c.title).sort();
  expect(titles).toEqual(['APEC meeting', 'APEC meeting (restored from backup of 1 Dec 2026, 08:30)', 'Second case']);
  const original = (await repos.cases.contents(a.id))!;
  const restored = (await repos.cases.contents(copy.case.id))!;
  expect(restored.articles.map((x) => x.text)).toEqual(original.articles.map((x) => x.text));
  expect(restored.claims.map((x) => [x.anchor, x.verdict])).toEqual(original.claims.map((x) => [x.anchor, x.verdict]));
  expect(restored.claims[0].articleId).toBe(restored.articles[0].id);
  expect((await repos.cases.contents(b.id))!.claims).toHaveLength(1);
});
