import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { hostileCase } from '../testing/hostile-case';
import { markdownReport } from './markdown-report';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

describe('markdownReport', () => {
  it('writes the case with claim markers, cards, groups, sources and corrections', () => {
    const text = markdownReport(seed, { includeRationales: true });
    expect(text.startsWith('# Putin–Trump APEC\n')).toBe(true);
    expect(text).toContain('| Half true | 2 |');
    expect(text).toContain('**[1.1]** He said he as absolutely did not meddle in our election');
    expect(text).toContain('#### 2.4 · Mostly true · Reviewed');
    expect(text).toContain('Supports: [2] [Testimony of Colin Stretch, General Counsel, Facebook](<https://www.judiciary.senate.gov/');
    expect(text).toContain('## Claims across outlets');
    expect(text).toMatch(/\| 2026-11-30 11:00 \| A\. Reviewer \| Changed verdict \(Claim 2\.4\) \| True \| Mostly true \|/);
    expect(text).toContain('[*intelligence community assessment*](<https://www.dni.gov/files/documents/ICA_2017_01.pdf>)');
  });

  it('escapes markup and drops script links', () => {
    const text = markdownReport(hostileCase(seed), { includeRationales: true });
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/\]\(<?javascript:/i);
    expect(text).toContain('&lt;script\\>alert(1)&lt;/script\\>');
  });
});
