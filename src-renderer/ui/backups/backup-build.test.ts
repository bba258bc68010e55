// Building a backup's file and fingerprint from the seed case: the file is the
// backup JSON, and the fingerprint ignores only the export time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readBackup } from '../../core/export/bundle';
import { buildSeedCase } from '../../core/testing/seed-case';
import { readSeedTexts } from '../../core/testing/seed-texts.node';
import { backupFingerprint, buildBackup, ForegroundGate, halfCorePacer } from './backup-build';

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

describe('halfCorePacer', () => {
  it('rests as long as each slice of work took, once a slice is long enough', async () => {
    let clock = 0;
    const rests: number[] = [];
    const pace = halfCorePacer(
      () => clock,
      async (ms) => {
        rests.push(ms);
        clock += ms;
      },
    );
    clock += 3;
    await pace();
    expect(rests).toEqual([]);
    clock += 9;
    await pace();
    clock += 20;
    await pace();
    expect(rests).toEqual([12, 20]);
  });
});

describe('halfCorePacer with a foreground gate', () => {
  afterEach(() => void vi.useRealTimers());

  it('stops while the gate is held, goes on at its release, and waits at most its budget over the whole backup', async () => {
    vi.useFakeTimers();
    const gate = new ForegroundGate();
    const pace = halfCorePacer(() => Date.now(), async () => undefined, gate, 60_000);
    const passed = vi.fn();
    gate.hold();
    void pace().then(passed);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(passed).not.toHaveBeenCalled();
    gate.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toHaveBeenCalledOnce();

    // Held again and never released: it goes on when the other 40 s of its budget have passed, and is not held after.
    gate.hold();
    void pace().then(passed);
    await vi.advanceTimersByTimeAsync(39_999);
    expect(passed).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(1);
    expect(passed).toHaveBeenCalledTimes(2);
    void pace().then(passed);
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toHaveBeenCalledTimes(3);
  });

  it('does not wait while the gate is free', async () => {
    vi.useFakeTimers();
    const pace = halfCorePacer(() => Date.now(), async () => undefined, new ForegroundGate());
    const passed = vi.fn();
    for (let i = 0; i < 10; i++) void pace().then(passed);
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toHaveBeenCalledTimes(10);
  });
});
