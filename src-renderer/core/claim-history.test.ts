import { describe, expect, it } from 'vitest';
import type { Claim, HistoryEntry } from './model';
import { sixStepScale } from './rating-scales';
import { historyForClaimChange, mergeHistoryEntry } from './claim-history';

const entry = (at: string, before: string, after: string, field = 'verdict', reviewer = 'Ana'): HistoryEntry =>
  ({ id: at, caseId: 'c', claimId: 'k', at, reviewer, action: 'update', field, before, after });

describe('corrections log', () => {
  it('records verdict, rationale and status changes with readable labels', () => {
    const before = { id: 'k', caseId: 'c', status: 'open', verdict: null } as unknown as Claim;
    const after = {
      ...before,
      status: 'reviewed',
      verdict: { ratingId: 'false', conclusion: 'No record', rationale: [{ type: 'paragraph', children: [{ text: 'The ' }, { text: 'call log', bold: true }] }], reviewer: 'Ana', date: '' },
    } as Claim;
    const entries = historyForClaimChange(before, after, sixStepScale(), 'Ana', '2026-12-01T10:00:00.000Z');
    expect(entries.map((e) => [e.field, e.before, e.after])).toEqual([
      ['verdict', '', 'False — No record'],
      ['rationale', '', 'The call log'],
      ['status', 'open', 'reviewed'],
    ]);
  });

  it('folds a typing burst into one entry, and drops it when the text returns to where it started', () => {
    const first = entry('2026-12-01T10:00:00.000Z', 'False', 'False — N');
    const merged = mergeHistoryEntry(first, entry('2026-12-01T10:00:02.000Z', 'False — N', 'False — No record'));
    expect(merged).toEqual({ entry: { ...first, at: '2026-12-01T10:00:02.000Z', after: 'False — No record' }, replaces: first.id });
    expect(mergeHistoryEntry(first, entry('2026-12-01T10:00:01.000Z', 'False — N', 'False'))).toEqual({ entry: null, replaces: first.id });
  });

  it('keeps separate entries for another field, another reviewer or after a pause', () => {
    const first = entry('2026-12-01T10:00:00.000Z', 'a', 'b');
    for (const next of [
      entry('2026-12-01T10:00:01.000Z', 'b', 'c', 'rationale'),
      entry('2026-12-01T10:00:01.000Z', 'b', 'c', 'verdict', 'Ben'),
      entry('2026-12-01T10:05:00.000Z', 'b', 'c'),
    ]) {
      expect(mergeHistoryEntry(first, next)).toEqual({ entry: next, replaces: null });
    }
  });
});
