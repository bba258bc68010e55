// Sources belong to a case and are reused across claims; evidence ties a
// source to a claim with a stance.
import type { Evidence, Source, Stance } from '../core/model';
import { newId, nowIso } from '../core/ids';
import type { FactmarkDb } from './db';

export type SourceFields = Pick<Source, 'url' | 'title' | 'publisher' | 'accessedDate' | 'archivedUrl' | 'excerpt' | 'kind'>;

export class SourceRepository {
  constructor(private readonly db: FactmarkDb) {}

  listByCase(caseId: string): Promise<Source[]> {
    return this.db.sources.where('caseId').equals(caseId).toArray();
  }

  async create(caseId: string, fields: SourceFields): Promise<Source> {
    const now = nowIso();
    const s: Source = { id: newId(), caseId, ...fields, createdAt: now, updatedAt: now };
    await this.db.sources.add(s);
    return s;
  }

  async update(id: string, patch: Partial<SourceFields>): Promise<void> {
    await this.db.sources.update(id, { ...patch, updatedAt: nowIso() });
  }

  /** Deletes a source and the evidence that cites it. */
  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.sources, this.db.evidence, async () => {
      await this.db.evidence.where('sourceId').equals(id).delete();
      await this.db.sources.delete(id);
    });
  }

  evidenceOfCase(caseId: string): Promise<Evidence[]> {
    return this.db.evidence.where('caseId').equals(caseId).toArray();
  }

  evidenceOfSource(sourceId: string): Promise<Evidence[]> {
    return this.db.evidence.where('sourceId').equals(sourceId).toArray();
  }

  evidenceOfClaim(claimId: string): Promise<Evidence[]> {
    return this.db.evidence.where('claimId').equals(claimId).toArray();
  }

  async addEvidence(caseId: string, claimId: string, sourceId: string, stance: Stance, note = ''): Promise<Evidence> {
    const e: Evidence = { id: newId(), caseId, claimId, sourceId, stance, note, createdAt: nowIso() };
    await this.db.evidence.add(e);
    return e;
  }

  async updateEvidence(id: string, patch: Partial<Pick<Evidence, 'stance' | 'note'>>): Promise<void> {
    await this.db.evidence.update(id, patch);
  }

  async removeEvidence(id: string): Promise<void> {
    await this.db.evidence.delete(id);
  }

  /** Puts removed evidence back exactly as it was (undo). */
  async restoreEvidence(e: Evidence): Promise<void> {
    await this.db.evidence.put(e);
  }
}
