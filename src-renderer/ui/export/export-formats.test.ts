import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../../core/model';
import { buildSeedCase } from '../../core/testing/seed-case';
import { readSeedTexts } from '../../core/testing/seed-texts.node';
import { readBundle } from '../../core/export/bundle';
import { buildExport, EXPORT_FORMATS, type ExportChoices } from './export-formats';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const NOW = new Date('2026-12-01T10:00:00.000Z');
const choices = (over: Partial<ExportChoices> = {}): ExportChoices => ({
  articleIds: seed.articles.map((a) => a.id),
  statuses: ['open', 'researching', 'drafted', 'reviewed', 'published'],
  includeRationales: true,
  pageSize: 'A4',
  bom: false,
  orgName: 'Example Fact Check',
  orgUrl: 'https://factcheck.example/',
  reviewUrl: 'https://factcheck.example/apec',
  ...over,
});

describe('buildExport', () => {
  it('names every format after the case and the day, with its own extension', () => {
    const names = EXPORT_FORMATS.map((f) => buildExport(f, seed, choices(), NOW).name);
    expect(names).toEqual([
      'putin-trump-apec-2026-12-01.html',
      'putin-trump-apec-2026-12-01.pdf',
      'putin-trump-apec-2026-12-01.md',
      'putin-trump-apec-2026-12-01.csv',
      'putin-trump-apec-2026-12-01.claimreview.json',
      'putin-trump-apec-2026-12-01.annotations.jsonld',
      'putin-trump-apec-2026-12-01.factmark',
    ]);
  });

  it('applies the article, status and rationale choices to the report', () => {
    const all = buildExport('html', seed, choices(), NOW).data;
    const one = buildExport('html', seed, choices({ articleIds: [seed.articles[0].id], includeRationales: false }), NOW).data;
    expect(all).toContain(seed.articles[2].title);
    expect(one).not.toContain(`>${seed.articles[2].title}<`);
    expect(one).not.toContain('class="rationale"');
    const csv = buildExport('csv', seed, choices({ statuses: ['published'], bom: true }), NOW).data;
    const rows = csv.slice(1).trim().split('\r\n');
    expect(csv.startsWith('\uFEFFclaim_id,')).toBe(true);
    expect(rows.length - 1).toBe(seed.claims.filter((c) => c.status === 'published').length);
  });

  it('hands ClaimReview warnings back, and writes a bundle that reads back the same case', () => {
    const review = buildExport('claimreview', seed, choices({ orgName: '', reviewUrl: '' }), NOW);
    expect(review.warnings).toContain('No fact-checking organisation name is set: ClaimReview "author" is left out.');
    expect(JSON.parse(review.data)[0]['@type']).toBe('ClaimReview');
    const bundle = readBundle(buildExport('bundle', seed, choices(), NOW).data);
    expect(bundle.ok && bundle.contents).toEqual(seed);
  });
});
