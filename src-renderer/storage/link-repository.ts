// Claim-to-claim links across articles. One stored row per link; both claims
// see it (see core/claim-links.ts for how each side reads it).
import type { ClaimLink, LinkKind } from '../core/model';
import { newId, nowIso } from '../core/ids';
import type { FactmarkDb } from './db';

export class LinkRepository {
  constructor(private readonly db: FactmarkDb) {}

  listByCase(caseId: string): Promise<ClaimLink[]> {
    return this.db.links.where('caseId').equals(caseId).toArray();
  }

  async ofClaim(claimId: string): Promise<ClaimLink[]> {
    const [from, to] = await Promise.all([
      this.db.links.where('fromClaimId').equals(claimId).toArray(),
      this.db.links.where('toClaimId').equals(claimId).toArray(),
    ]);
    return [...from, ...to];
  }

  /**
   * A claim's own links, plus the "same claim" links that join its group,
   * followed through the other members: all the inspector needs, read
   * without loading every link of the case.
   */
  async aroundClaim(claimId: string): Promise<ClaimLink[]> {
    const found = new Map<string, ClaimLink>();
    const members = new Set([claimId]);
    for (let frontier = [claimId]; frontier.length > 0; ) {
      const links = (await Promise.all(frontier.map((id) => this.ofClaim(id)))).flat();
      frontier = [];
      for (const l of links) {
        const own = l.fromClaimId === claimId || l.toClaimId === claimId;
        if (l.kind !== 'same' && !own) continue;
        found.set(l.id, l);
        if (l.kind !== 'same') continue;
        for (const id of [l.fromClaimId, l.toClaimId]) {
          if (members.has(id)) continue;
          members.add(id);
          frontier.push(id);
        }
      }
    }
    return [...found.values()];
  }

  /** Links two claims; returns the existing link instead of a duplicate. */
  async link(caseId: string, fromClaimId: string, toClaimId: string, kind: LinkKind): Promise<ClaimLink> {
    if (fromClaimId === toClaimId) throw new Error('A claim cannot be linked to itself.');
    return this.db.transaction('rw', this.db.links, async () => {
      const existing = (await this.ofClaim(fromClaimId)).find(
        (l) => l.kind === kind && ((l.fromClaimId === fromClaimId && l.toClaimId === toClaimId) || (l.fromClaimId === toClaimId && l.toClaimId === fromClaimId)),
      );
      if (existing) return existing;
      const link: ClaimLink = { id: newId(), caseId, fromClaimId, toClaimId, kind, createdAt: nowIso() };
      await this.db.links.add(link);
      return link;
    });
  }

  async unlink(id: string): Promise<void> {
    await this.db.links.delete(id);
  }

  /** Puts a removed link back exactly as it was (undo). */
  async restore(link: ClaimLink): Promise<void> {
    await this.db.links.put(link);
  }
}
