import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/model';
import { neighbourClaim } from './use-claim-navigation';

const at = (id: string, start: number, end: number) => ({ id, anchor: { position: { start, end } } }) as unknown as Claim;

describe('neighbourClaim', () => {
  const claims = [at('c', 90, 100), at('a', 0, 20), at('b', 0, 8), at('d', 40, 50)];

  it('moves in reading order and wraps at both ends', () => {
    expect(neighbourClaim(claims, 'b', 1)?.id).toBe('a');
    expect(neighbourClaim(claims, 'd', 1)?.id).toBe('c');
    expect(neighbourClaim(claims, 'c', 1)?.id).toBe('b');
    expect(neighbourClaim(claims, 'b', -1)?.id).toBe('c');
  });

  it('starts at the first or last claim when none is selected', () => {
    expect(neighbourClaim(claims, null, 1)?.id).toBe('b');
    expect(neighbourClaim(claims, 'gone', -1)?.id).toBe('c');
    expect(neighbourClaim([], null, 1)).toBeUndefined();
  });
});
