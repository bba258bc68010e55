import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../../core/model';
import { buildSeedCase } from '../../core/testing/seed-case';
import { readSeedTexts } from '../../core/testing/seed-texts.node';
import { writeBackup, writeBundle } from '../../core/export/bundle';
import { casesToWrite, conflicting, readBackupFile, readCaseFile } from './case-files';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});
const bytes = (s: string) => new TextEncoder().encode(s);

describe('case files', () => {
  it('reads a bundle, and refuses a backup, a newer file or broken JSON with a message', () => {
    const read = readCaseFile(bytes(writeBundle(seed)));
    expect(read.ok && read.cases[0].claims).toHaveLength(seed.claims.length);
    expect(readCaseFile(bytes(writeBackup([seed])))).toEqual({ ok: false, message: expect.stringContaining('backup of all cases') });
    expect(readCaseFile(bytes('{"format":"factmark-case","version":99}'))).toEqual({ ok: false, message: expect.stringContaining('newer Factmark') });
    expect(readCaseFile(bytes('not json'))).toEqual({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(readBackupFile(bytes(writeBundle(seed)))).toEqual({ ok: false, message: expect.stringContaining('single case') });
  });

  it('keeps both by re-identifying only the cases already here, or replaces them as they are', () => {
    const other = { ...seed, case: { ...seed.case, id: 'case-other' }, articles: [], claims: [], evidence: [], links: [], history: [], dismissed: [], sources: [] };
    const existing = new Set([seed.case.id]);
    expect(conflicting([seed, other], existing).map((c) => c.case.id)).toEqual([seed.case.id]);
    const kept = casesToWrite([seed, other], existing, 'keep-both');
    expect(kept[0].case.id).not.toBe(seed.case.id);
    expect(kept[0].claims.every((c) => c.caseId === kept[0].case.id)).toBe(true);
    expect(kept[0].claims.map((c) => c.anchor.quote.exact)).toEqual(seed.claims.map((c) => c.anchor.quote.exact));
    expect(kept[1]).toBe(other);
    expect(casesToWrite([seed], existing, 'replace')[0]).toBe(seed);
  });
});
