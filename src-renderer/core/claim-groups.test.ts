import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimGroups } from './claim-groups';
import { buildArticle, buildClaim, buildLink } from './case-views/case-builder';
import { parseSeedArticle } from './seed-format';

const root = join(import.meta.dirname, '../..');
const seeds = [join(root, '../shared/seeds'), join(root, '../../shared/seeds')].find(existsSync)!;
const [a0, a1, a2] = ['000_9044352e4e2fc21f.txt', '001_a3ddd61e6e446330.txt', '002_1a4ff22dfbcd21b9.txt'].map((f, i) => {
  const parsed = parseSeedArticle(readFileSync(join(seeds, f), 'utf8'));
  // Ids deliberately sort against the article order.
  return buildArticle('case', `z${9 - i}`, i, { text: '', blocks: parsed.blocks, title: parsed.title });
});

describe('claimGroups', () => {
  const syria0 = buildClaim(a0, 'c-syria0', 'Syria', { createdAt: '2026-01-03T00:00:00.000Z' });
  const syria1 = buildClaim(a1, 'c-syria1', 'Syria', { createdAt: '2026-01-02T00:00:00.000Z' });
  const syria2 = buildClaim(a2, 'c-syria2', 'Syria', { createdAt: '2026-01-04T00:00:00.000Z' });
  const meddle = buildClaim(a0, 'c-meddle', 'He said he as absolutely did not meddle in our election');
  const order = new Map([a0, a1, a2].map((a) => [a.id, a.order]));

  it('joins claims through same links transitively and keeps unlinked claims as singletons', () => {
    const links = [buildLink('l1', syria2, syria1, 'same'), buildLink('l2', syria1, syria0, 'same'), buildLink('l3', meddle, syria0, 'contradicts')];
    const groups = claimGroups([syria2, meddle, syria1, syria0], links, order);
    expect(groups).toHaveLength(2);
    const syria = groups.find((g) => g.claimIds.length === 3)!;
    // Members follow the article order, not creation or id order.
    expect(syria.claimIds).toEqual(['c-syria0', 'c-syria1', 'c-syria2']);
    // No verdicts: the earliest created member speaks for the group.
    expect(syria.canonicalId).toBe('c-syria1');
    expect(syria.id).toBe('c-syria0');
    expect(groups.find((g) => g.claimIds.length === 1)).toEqual({ id: 'c-meddle', claimIds: ['c-meddle'], canonicalId: 'c-meddle' });
  });

  it('prefers a member with a verdict as canonical, and orders groups by first appearance', () => {
    const rated = { ...syria2, verdict: { ratingId: 'true', conclusion: '', rationale: [], reviewer: 'Ana', date: '' } };
    const groups = claimGroups([rated, syria1, meddle], [buildLink('l1', syria1, rated, 'same')], order);
    expect(groups.map((g) => g.canonicalId)).toEqual(['c-meddle', 'c-syria2']);
  });

  it('ignores links to claims it was not given', () => {
    const groups = claimGroups([syria0], [buildLink('l1', syria0, syria1, 'same')]);
    expect(groups).toEqual([{ id: 'c-syria0', claimIds: ['c-syria0'], canonicalId: 'c-syria0' }]);
  });
});
