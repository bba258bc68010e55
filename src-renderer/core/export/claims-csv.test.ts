import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { claimsCsv, csvField } from './claims-csv';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('claimsCsv', () => {
  it('writes one row per claim with every field', () => {
    const csv = claimsCsv(seed);
    const rows = parse(csv);
    expect(rows).toHaveLength(10);
    const figure = rows.find((r) => r.claim_id === 'claim-126m-001')!;
    expect(figure).toMatchObject({
      article_outlet: 'Sample outlet B',
      article_url: 'https://example.org/seed/001',
      quote_exact: '126 million Americans through Facebook',
      rating_name: 'Mostly true',
      rating_value: '5',
      status: 'reviewed',
      tags: 'figures',
      evidence_count: '1',
      link_count: '1',
      anchor_state: 'anchored',
      reviewer: 'A. Reviewer',
    });
    const seedText = seed.articles[1].text;
    expect(seedText.slice(Number(figure.start), Number(figure.end))).toBe(figure.quote_exact);
    const hitJob = rows.find((r) => r.claim_id === 'claim-hit-job-000')!;
    expect(hitJob.rationale).toBe('The January 2017 intelligence community assessment (https://www.dni.gov/files/documents/ICA_2017_01.pdf) found a Russian influence campaign.\n- Assessment by CIA, FBI and NSA.\n- Not limited to one party’s claims.');
    expect(csv.split('\r\n')[0]).toBe('claim_id,article_id,article_title,article_outlet,article_url,quote_exact,quote_prefix,quote_suffix,start,end,statement,claimant,claim_date,status,tags,notes,rating_name,rating_value,conclusion,rationale,reviewer,verdict_date,evidence_count,link_count,anchor_state,created_at,updated_at');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes embedded quotes, commas and line breaks per RFC 4180, with an optional BOM', () => {
    const tricky = structuredClone(seed);
    tricky.claims[0].statement = 'He said "no", then\r\nyes, twice';
    tricky.claims[0].notes = 'line one\nline two';
    const csv = claimsCsv(tricky, { bom: true });
    expect(csv.startsWith('\uFEFFclaim_id,')).toBe(true);
    expect(csv).toContain('"He said ""no"", then\r\nyes, twice"');
    const row = parse(csv).find((r) => r.claim_id === tricky.claims[0].id)!;
    expect(row.statement).toBe('He said "no", then\r\nyes, twice');
    expect(row.notes).toBe('line one\nline two');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('plain')).toBe('plain');
  });

  it('filters by article and status', () => {
    expect(parse(claimsCsv(seed, { articleIds: ['article-000'] }))).toHaveLength(2);
    expect(parse(claimsCsv(seed, { statuses: ['published'] })).map((r) => r.claim_id)).toEqual(['claim-hit-job-000', 'claim-syria-002', 'claim-intel-002']);
  });
});
