import { describe, expect, it } from 'vitest';
import { editVerdict } from './verdict-edits';

describe('editVerdict', () => {
  it('starts a verdict with the reviewer and the day, keeps the fields it does not touch, and drops an emptied one', () => {
    const rated = editVerdict(null, { ratingId: 'half-true' }, 'Ana', '2026-03-01');
    expect(rated).toEqual({ ratingId: 'half-true', conclusion: '', rationale: [], reviewer: 'Ana', date: '2026-03-01' });
    const concluded = editVerdict(rated, { conclusion: 'Viewers, not people reached.' }, 'Ben', '2026-03-02');
    expect(concluded).toEqual({ ...rated, conclusion: 'Viewers, not people reached.' });
    expect(editVerdict(editVerdict(concluded, { ratingId: null }, 'Ana', '2026-03-02'), { conclusion: ' ' }, 'Ana', '2026-03-02')).toBeNull();
  });
});
