// Holding background work while the reviewer is at work: one hold at the first
// input, one release after a pause, whatever the input in between.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdWhileReviewerWorks } from './reviewer-input';

afterEach(() => void vi.useRealTimers());

describe('holdWhileReviewerWorks', () => {
  it('holds at the first input, keeps holding through more, and releases after a pause', () => {
    vi.useFakeTimers();
    let input: () => void = () => undefined;
    const holds: boolean[] = [];
    const stop = holdWhileReviewerWorks((held) => holds.push(held), 1000, (listener) => ((input = listener), () => undefined));
    expect(holds).toEqual([]);
    input();
    vi.advanceTimersByTime(900);
    input();
    vi.advanceTimersByTime(900);
    expect(holds).toEqual([true]);
    vi.advanceTimersByTime(100);
    expect(holds).toEqual([true, false]);
    input();
    expect(holds).toEqual([true, false, true]);
    // Stopping releases what it holds.
    stop();
    expect(holds).toEqual([true, false, true, false]);
    stop();
    expect(holds).toHaveLength(4);
  });
});
