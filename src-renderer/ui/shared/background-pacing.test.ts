// Pacing background work: rests after each slice, and waits while the
// reviewer is at work (for at most its budget).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundPacer, ForegroundGate, foregroundNotice } from './background-pacing';

describe('backgroundPacer', () => {
  it('rests as long as each slice of work took (times restPerWork), once a slice is long enough', async () => {
    let clock = 0;
    const rests: number[] = [];
    const pace = backgroundPacer({
      restPerWork: 3,
      now: () => clock,
      rest: async (ms) => {
        rests.push(ms);
        clock += ms;
      },
    });
    clock += 3;
    await pace();
    expect(rests).toEqual([]);
    clock += 9;
    await pace();
    clock += 20;
    await pace();
    expect(rests).toEqual([36, 60]);
  });
});

describe('backgroundPacer with a foreground gate', () => {
  afterEach(() => void vi.useRealTimers());

  it('stops while the gate is held, goes on at its release, and waits at most its budget over the whole backup', async () => {
    vi.useFakeTimers();
    const gate = new ForegroundGate();
    const pace = backgroundPacer({ restPerWork: 1, gate, maxHeldMs: 60_000, now: () => Date.now(), rest: async () => undefined });
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
    const pace = backgroundPacer({ restPerWork: 1, gate: new ForegroundGate(), maxHeldMs: 60_000, now: () => Date.now(), rest: async () => undefined });
    const passed = vi.fn();
    for (let i = 0; i < 10; i++) void pace().then(passed);
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toHaveBeenCalledTimes(10);
  });
});

describe('ForegroundGate.apply', () => {
  it('takes the UI’s hold and release notices and leaves a worker’s other messages alone', () => {
    const gate = new ForegroundGate();
    expect(gate.apply(foregroundNotice(true))).toBe(true);
    expect(gate.isHeld).toBe(true);
    expect(gate.apply({ type: 'build', requestId: 1 })).toBe(false);
    expect(gate.isHeld).toBe(true);
    expect(gate.apply(foregroundNotice(false))).toBe(true);
    expect(gate.isHeld).toBe(false);
    expect(gate.apply(null)).toBe(false);
  });
});
