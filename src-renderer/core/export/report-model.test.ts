import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { buildReportModel } from './report-model';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

describe('buildReportModel', () => {
  it('numbers claims per article in text order and counts verdicts', () => {
    const m = buildReportModel(seed, { includeRationales: true });
    expect(m.articles.map((a) => a.claims.map((c) => `${c.label} ${c.claim.id}`))).toEqual([
      ['1.1 claim-denial-000', '1.2 claim-hit-job-000'],
      ['2.1 claim-denial-001', '2.2 claim-dnc-001', '2.3 claim-reach-001', '2.4 claim-126m-001', '2.5 claim-kremlin-001'],
      ['3.1 claim-syria-002', '3.2 claim-denial-002', '3.3 claim-intel-002'],
    ]);
    expect(m.verdictCounts.map((v) => `${v.name}:${v.count}`)).toEqual(['True:2', 'Mostly true:1', 'Half true:2', 'Mostly false:1', 'False:1', 'Pants on fire:0', 'Unrated:3']);
  });

  it('joins same claims across outlets and lists contradictions, evidence and corrections', () => {
    const m = buildReportModel(seed, { includeRationales: false });
    expect(m.groups).toHaveLength(1);
    expect(m.groups[0]).toMatchObject({ articleCount: 3, verdictNames: ['Half true', 'Unrated'] });
    expect(m.groups[0].claims.map((c) => c.label)).toEqual(['1.1', '2.1', '3.2']);
    const denial = m.claims.find((c) => c.claim.id === 'claim-denial-000')!;
    expect(denial.sameAs.map((r) => r.label)).toEqual(['2.1', '3.2']);
    expect(denial.contradicts.map((r) => `${r.label} ${r.outlet}`)).toEqual(['2.5 Sample outlet B']);
    expect(denial.rationale).toEqual([]);
    const hitJob = m.claims.find((c) => c.claim.id === 'claim-hit-job-000')!;
    expect(hitJob.evidence.map((e) => `${e.stance} [${e.sourceNumber}]`)).toEqual(['refutes [1]']);
    expect(m.claims.find((c) => c.claim.id === 'claim-reach-001')!.related).toEqual([expect.objectContaining({ kind: 'elaborates', direction: 'from' })]);
    expect(m.sources.map((s) => s.citedBy)).toEqual([['1.2', '2.2', '3.3'], ['2.3', '2.4'], ['3.1']]);
    expect(m.corrections.map((c) => `${c.entry.field}:${c.claimLabel}`)).toEqual(['verdict:2.4', 'status:3.1', 'summary:']);
  });

  it('keeps groups across a filtered-out claim and leaves out filtered claims everywhere', () => {
    const m = buildReportModel(seed, { includeRationales: false, articleIds: ['article-000', 'article-002'] });
    // The group was joined through article 001's claim, which is not in this report.
    expect(m.groups[0].claims.map((c) => c.label)).toEqual(['1.1', '2.2']);
    expect(m.contradictions.map((c) => `${c.a.label}-${c.b.label}`)).toEqual(['2.3-1.2']);
    expect(m.corrections.map((c) => c.entry.field)).toEqual(['status', 'summary']);
  });
});
