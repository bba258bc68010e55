import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle, buildClaim } from '../../core/case-views/case-builder';
import { parseSeedArticle } from '../../core/seed-format';
import { sixStepScale } from '../../core/rating-scales';
import { READING_ORDER } from '../../core/case-views/claim-rows';
import { builtRows, sortedRows } from './use-claim-rows';
import type { TableMemory } from './table-memory';

const parsed = parseSeedArticle(readFileSync(join(import.meta.dirname, '../../../../shared/seeds/000_9044352e4e2fc21f.txt'), 'utf8'));
const article = buildArticle('case', 'a0', 0, { text: '', blocks: parsed.blocks, title: parsed.title, outlet: 'Outlet A' });
const articles = [article];
const claims = [buildClaim(article, 'c1', 'Syria', { claimant: 'Donald Trump' }), buildClaim(article, 'c2', 'meddle', { claimant: 'Vladimir Putin' })];
const scale = sixStepScale();

describe('the rows the Claims table keeps', () => {
  it('are built once for the same data, and again when any of it changes', () => {
    const memory: Pick<TableMemory, 'built'> = {};
    const first = builtRows(memory, { scale, articles, claims, evidenceCounts: new Map([['c1', 2]]), linkCounts: new Map() });
    expect(first.rows.map((r) => r.id)).toEqual(['c1', 'c2']);
    // Counts read again on a new visit are new maps with the same contents: the rows stand.
    expect(builtRows(memory, { scale, articles, claims, evidenceCounts: new Map([['c1', 2]]), linkCounts: new Map() })).toBe(first);

    const moreEvidence = builtRows(memory, { scale, articles, claims, evidenceCounts: new Map([['c1', 3]]), linkCounts: new Map() });
    expect(moreEvidence).not.toBe(first);
    expect(moreEvidence.rows.find((r) => r.id === 'c1')?.evidenceCount).toBe(3);
    const fewerClaims = builtRows(memory, { scale, articles, claims: claims.slice(1), evidenceCounts: new Map([['c1', 3]]), linkCounts: new Map() });
    expect(fewerClaims.rows.map((r) => r.id)).toEqual(['c2']);
    expect(fewerClaims.facets.claimant.map((o) => o.value)).toEqual(['Vladimir Putin']);
  });

  it('keep their last order, and sort again for another', () => {
    const memory: Pick<TableMemory, 'built'> = {};
    const built = builtRows(memory, { scale, articles, claims, evidenceCounts: new Map(), linkCounts: new Map() });
    const inReadingOrder = sortedRows(built, READING_ORDER);
    expect(sortedRows(built, { ...READING_ORDER })).toBe(inReadingOrder);
    const byClaimant = sortedRows(built, { key: 'claimant', dir: 'desc' });
    expect(byClaimant.map((r) => r.claimant)).toEqual(['Vladimir Putin', 'Donald Trump']);
  });
});
