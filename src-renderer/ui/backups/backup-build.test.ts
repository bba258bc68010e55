// Building a backup's file and fingerprint from the seed case: the file is the
// backup JSON, and the fingerprint ignores only the export time.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readBackup } from '../../core/export/bundle';
import { buildSeedCase } from '../../core/testing/seed-case';
import { readSeedTexts } from '../../core/testing/seed-texts.node';
import { backupFingerprint, buildBackup } from './backup-build';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('buildBackup', () => {
  it('writes the backup JSON and fingerprints its data without the export time', async () => {
    const contents = await buildSeedCase(readSeedTexts());
    // Non-ASCII text in the data: the fingerprint is over UTF-8 bytes, after the export time.
    contents.case.title = 'Trump und Putin in Đà Nẵng — “APEC” 🗳';
    const built = await buildBackup(async () => [contents]);
    const json = await built!.file.text();
    const read = readBackup(json);
    expect(read.ok && read.cases[0].case.title).toBe(contents.case.title);
    expect(json).toMatch(/"exportedAt": "\d{4}-/);
    expect(built!.fingerprint).toBe(sha256(json.replace(/"exportedAt":\s*"[^"]*"/, '')));
    expect(await backupFingerprint(json)).toBe(built!.fingerprint);
    // Another export time, the same fingerprint; other data, another.
    expect(await backupFingerprint(json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "2030-01-01T00:00:00.000Z"'))).toBe(built!.fingerprint);
    expect(await backupFingerprint(json.replace('Đà Nẵng', 'Da Nang'))).not.toBe(built!.fingerprint);
  });

  it('makes no backup when there is no case', async () => {
    expect(await buildBackup(async () => [])).toBeNull();
  });
});
