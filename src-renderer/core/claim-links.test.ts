import { describe, expect, it } from 'vitest';
import { checkNewLink, isSymmetric, linksOfClaim, sameLink } from './claim-links';
import type { ClaimLink, LinkKind } from './model';

const row = (id: string, fromClaimId: string, toClaimId: string, kind: LinkKind): ClaimLink => ({
  id,
  caseId: 'case',
  fromClaimId,
  toClaimId,
  kind,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('claim link rules', () => {
  it('treats same and contradicts as symmetric, supports and elaborates as directional', () => {
    expect(isSymmetric('same')).toBe(true);
    expect(isSymmetric('contradicts')).toBe(true);
    expect(isSymmetric('supports')).toBe(false);
    expect(sameLink(row('1', 'a', 'b', 'same'), row('2', 'b', 'a', 'same'))).toBe(true);
    expect(sameLink(row('1', 'a', 'b', 'supports'), row('2', 'b', 'a', 'supports'))).toBe(false);
  });

  it('refuses a link to itself, a duplicate in either order, and same next to contradicts', () => {
    const existing = [row('1', 'a', 'b', 'same'), row('2', 'a', 'c', 'supports')];
    expect(checkNewLink(existing, { fromClaimId: 'a', toClaimId: 'a', kind: 'elaborates' })).toMatchObject({ ok: false, problem: 'self' });
    expect(checkNewLink(existing, { fromClaimId: 'b', toClaimId: 'a', kind: 'same' })).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(checkNewLink(existing, { fromClaimId: 'a', toClaimId: 'c', kind: 'supports' })).toMatchObject({ ok: false, problem: 'duplicate' });
    expect(checkNewLink(existing, { fromClaimId: 'b', toClaimId: 'a', kind: 'contradicts' })).toMatchObject({ ok: false, problem: 'conflict' });
    expect(checkNewLink(existing, { fromClaimId: 'c', toClaimId: 'a', kind: 'supports' })).toEqual({ ok: true });
    expect(checkNewLink(existing, { fromClaimId: 'a', toClaimId: 'c', kind: 'elaborates' })).toEqual({ ok: true });
  });

  it('shows one stored row on both claims, with inverse labels for directional kinds', () => {
    const links = [row('1', 'a', 'b', 'same'), row('2', 'a', 'c', 'supports'), row('3', 'd', 'a', 'elaborates'), row('4', 'x', 'y', 'same')];
    expect(linksOfClaim('a', links).map((v) => [v.otherClaimId, v.label])).toEqual([
      ['b', 'Same claim as'],
      ['c', 'Supports'],
      ['d', 'Elaborated by'],
    ]);
    expect(linksOfClaim('b', links)).toEqual([{ linkId: '1', kind: 'same', otherClaimId: 'a', direction: 'outgoing', label: 'Same claim as' }]);
    expect(linksOfClaim('c', links)[0]).toMatchObject({ otherClaimId: 'a', direction: 'incoming', label: 'Supported by' });
    expect(linksOfClaim('d', links)[0]).toMatchObject({ otherClaimId: 'a', direction: 'outgoing', label: 'Elaborates' });
  });
});
