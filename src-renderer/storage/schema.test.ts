// Every schema version gets one test here: a database built with the previous
// version's definitions, literally as released, holding a row in every table,
// opened with the current code — all data intact and the upgrade applied.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FactmarkDb, openRepositories } from './index';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { buildSeedCase, SEED_CASE_ID } from '../core/testing/seed-case';
import { readSeedTexts } from '../core/testing/seed-texts.node';
import type { CaseContents } from '../core/model';

/** The version 1 schema as the first release declared it (kept literal on purpose). */
const RELEASED_V1 = {
  cases: 'id, updatedAt',
  articles: 'id, caseId, [caseId+order], [caseId+contentHash]',
  claims: 'id, caseId, articleId, [caseId+status], [caseId+claimant], updatedAt',
  sources: 'id, caseId',
  evidence: 'id, caseId, claimId, sourceId',
  links: 'id, caseId, fromClaimId, toClaimId',
  history: 'id, caseId, claimId, at',
  dismissed: 'id, caseId, claimId',
  settings: 'key',
};

/** What version 2 changed, as released. */
const RELEASED_V2 = {
  history: 'id, caseId, claimId, at, [claimId+at], [caseId+at]',
};

/** The case tables besides `cases` itself, named as CaseContents names them. */
const TABLES = ['articles', 'claims', 'sources', 'evidence', 'links', 'history', 'dismissed'] as const;

let name = '';
let n = 0;
afterEach(async () => {
  await Dexie.delete(name);
});

/** The seed case fills every case table (the test checks it does). */
function representativeCase(): Promise<CaseContents> {
  return buildSeedCase(readSeedTexts());
}

/** Writes the case and settings into a database declared as released up to `version` (1 or 2). */
async function writeAt(version: 1 | 2, contents: CaseContents): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(RELEASED_V1);
  if (version === 2) old.version(2).stores(RELEASED_V2);
  await old.open();
  await old.table('cases').put(contents.case);
  for (const t of TABLES) await old.table(t).bulkPut(contents[t]);
  await old.table('settings').bulkPut([
    { key: 'reviewerName', value: 'A. Reviewer' },
    { key: 'lastCaseId', value: SEED_CASE_ID },
  ]);
  old.close();
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Writes the case at `version`, opens it with the current code and checks every row and setting came through. */
async function upgradeFrom(version: 1 | 2, contents: CaseContents) {
  name = `schema-v${version}-${++n}`;
  await writeAt(version, contents);
  const db = new FactmarkDb(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  const repos = openRepositories(db);
  const restored = (await repos.cases.contents(SEED_CASE_ID))!;
  expect(restored.case).toEqual(contents.case);
  for (const t of TABLES) expect(byId(restored[t] as { id: string }[]), t).toEqual(byId(contents[t] as { id: string }[]));
  expect(await repos.settings.get('reviewerName')).toBe('A. Reviewer');
  expect(await repos.settings.get('lastCaseId')).toBe(SEED_CASE_ID);
  return { db, repos, restored };
}

describe('schema versions', () => {
  it('numbers versions consecutively and reports the last as current', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
  });

  it('upgrades a version 1 database with every row intact and the history indexes built', async () => {
    const contents = await representativeCase();
    for (const t of TABLES) expect(contents[t].length, t).toBeGreaterThan(0);
    const { db, repos, restored } = await upgradeFrom(1, contents);

    // The upgrade applied: the compound indexes exist and answer in time order.
    const indexNames = db.history.schema.indexes.map((i) => i.name);
    expect(indexNames).toEqual(expect.arrayContaining(['[claimId+at]', '[caseId+at]']));
    const claimWithHistory = contents.history.find((h) => h.claimId)!.claimId!;
    const expected = contents.history.filter((h) => h.claimId === claimWithHistory).map((h) => h.at).sort();
    expect((await repos.claims.historyOf(claimWithHistory)).map((h) => h.at)).toEqual(expected);
    expect(restored.history.map((h) => h.at)).toEqual(contents.history.map((h) => h.at).sort());
    db.close();
  });

  it('upgrades a version 2 database to version 3 with every article body moved to its own table', async () => {
    const contents = await representativeCase();
    const { db, repos } = await upgradeFrom(2, contents);

    // Read back through the repositories: the same full Articles as before the upgrade.
    const inOrder = [...contents.articles].sort((a, b) => a.order - b.order);
    expect(await repos.articles.listByCase(SEED_CASE_ID)).toEqual(inOrder);
    for (const a of contents.articles) {
      expect(await repos.articles.get(a.id)).toEqual(a);
      expect(await repos.articles.findByHash(SEED_CASE_ID, a.contentHash)).toEqual([a]);
    }

    // The upgrade applied: metadata rows lost text and blocks, which sit in articleBodies.
    const rows = await db.articles.toArray();
    expect(rows.map((r) => Object.keys(r).filter((k) => k === 'text' || k === 'blocks'))).toEqual(rows.map(() => []));
    expect(await repos.articles.listSummariesByCase(SEED_CASE_ID)).toEqual(inOrder.map(({ text: _t, blocks: _b, ...summary }) => summary));
    expect(byId(await db.articleBodies.toArray())).toEqual(byId(contents.articles.map((a) => ({ id: a.id, caseId: a.caseId, text: a.text, blocks: a.blocks }))));
    db.close();
  });

  it('creates a fresh database directly at the current version', async () => {
    name = `schema-fresh-${++n}`;
    const db = new FactmarkDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});
