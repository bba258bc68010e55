import { describe, expect, it } from 'vitest';
import { LINK_KINDS, type ClaimLink, type LinkKind } from '../../core/model';
import { isSymmetric, linkFromSide } from './link-labels';

const link = (kind: LinkKind): ClaimLink => ({ id: 'l', caseId: 'c', fromClaimId: 'a', toClaimId: 'b', kind, createdAt: '' });

describe('link labels', () => {
  it('reads symmetric kinds the same from both claims', () => {
    for (const kind of ['same', 'contradicts'] as const) {
      expect(isSymmetric(kind)).toBe(true);
      expect(linkFromSide(link(kind), 'a').label).toBe(linkFromSide(link(kind), 'b').label);
    }
  });
  it('reads directional kinds with their inverse from the target claim', () => {
    expect(linkFromSide(link('supports'), 'a')).toEqual({ otherId: 'b', label: 'Supports' });
    expect(linkFromSide(link('supports'), 'b')).toEqual({ otherId: 'a', label: 'Supported by' });
    expect(linkFromSide(link('elaborates'), 'b')).toEqual({ otherId: 'a', label: 'Elaborated by' });
    expect(LINK_KINDS.filter((k) => !isSymmetric(k))).toEqual(['supports', 'elaborates']);
  });
});
