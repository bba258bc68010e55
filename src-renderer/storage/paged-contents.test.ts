// Reading every case in pages against real storage (fake-indexeddb): the same
// contents as the one-transaction read, and a write made between two pages
// never mixes two moments in the result.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactmarkDb, openRepositories, type Repositories } from './index';
import { buildSeedCase } from '../core/testing/seed-case';
import { readSeedTexts } from '../core/testing/seed-texts.node';
import { reIdContents } from '../core/export/bundle';
import { readAllContentsInPages } from './paged-contents';

let repos: Repositories;
let n = 0;
beforeEach(async () => {
  repos = openRepositories(new FactmarkDb(`paged-${++n}`));
  const seed = await buildSeedCase(readSeedTexts());
  await repos.cases.putAllContents([seed, { ...reIdContents(seed), history: [] }]);
});
afterEach(() => repos.db.delete());

describe('readAllContentsInPages', () => {
  it('reads what the one-transaction read does, a few rows at a time, pausing between pages', async () => {
    let pauses = 0;
    const paged = await readAllContentsInPages(repos.db, repos.cases, { pause: async () => void pauses++, pageRows: 2 });
    expect(paged).toEqual(await repos.cases.allContents());
    expect(paged).toHaveLength(2);
    expect(pauses).toBeGreaterThan(paged[0].claims.length / 2);
  });

  it('reads again when a write lands between two pages, so the result is one moment', async () => {
    // The case read first, whose first claims page (two claims) is read by the sixth pause:
    // two pages each of its three articles' summaries and bodies come before it.
    const first = (await repos.cases.contents((await repos.cases.list())[0].id))!;
    const victim = first.claims.at(-1)!;
    let pauses = 0;
    const paged = await readAllContentsInPages(repos.db, repos.cases, {
      pageRows: 2,
      pause: async () => {
        // Mid-read, once: a claim already read is deleted, a claim not read yet is edited.
        if (++pauses === 6) {
          await repos.claims.delete(first.claims[0].id, 'Ana');
          await repos.claims.update(victim.id, { notes: 'edited during the backup' }, first.case.scale, 'Ana');
        }
      },
    });
    const now = await repos.cases.allContents();
    expect(paged).toEqual(now);
    const read = paged.find((c) => c.case.id === first.case.id)!;
    expect(read.claims.some((c) => c.id === first.claims[0].id)).toBe(false);
    expect(read.claims.find((c) => c.id === victim.id)?.notes).toBe('edited during the backup');
  });
});
