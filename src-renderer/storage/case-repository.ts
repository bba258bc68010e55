// Cases: create, rename, archive, delete (with everything in them), and read
// or write a case's whole contents in one transaction (bundles, backups).
import Dexie from 'dexie';
import type { Case, CaseContents, RatingScale } from '../core/model';
import { newId, nowIso } from '../core/ids';
import { DEFAULT_SCALE } from '../core/rating-scales';
import { normalizeScale, unrated, verdictsLosingRating } from '../core/scale-edits';
import { historyForClaimChange } from '../core/claim-history';
import type { FactmarkDb } from './db';
import { joinArticles, splitArticles } from './article-body';

export class CaseRepository {
  constructor(private readonly db: FactmarkDb) {}

  async list(): Promise<Case[]> {
    const all = await this.db.cases.toArray();
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): Promise<Case | undefined> {
    return this.db.cases.get(id);
  }

  async create(title: string, fields: Partial<Pick<Case, 'summary' | 'eventDate' | 'scale'>> = {}): Promise<Case> {
    const now = nowIso();
    const c: Case = {
      id: newId(),
      title: title.trim() || 'Untitled case',
      summary: fields.summary ?? '',
      eventDate: fields.eventDate ?? '',
      scale: fields.scale ?? DEFAULT_SCALE(),
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.cases.add(c);
    return c;
  }

  async update(id: string, patch: Partial<Pick<Case, 'title' | 'summary' | 'eventDate' | 'archived' | 'scale'>>): Promise<void> {
    await this.db.cases.update(id, { ...patch, updatedAt: nowIso() });
  }

  async setScale(id: string, scale: RatingScale): Promise<void> {
    await this.update(id, { scale });
  }

  /**
   * Replaces the case's scale. Verdicts whose rating the new scale drops
   * become unrated (conclusion and rationale kept), each with a corrections-log
   * entry; all in one transaction. Returns how many verdicts were unrated.
   */
  async changeScale(id: string, scale: RatingScale, reviewer: string): Promise<number> {
    return this.db.transaction('rw', this.db.cases, this.db.claims, this.db.history, async () => {
      const c = await this.db.cases.get(id);
      if (!c) return 0;
      const next = scale.preset === 'custom' ? normalizeScale(scale) : scale;
      const claims = await this.db.claims.where('caseId').equals(id).toArray();
      const losing = verdictsLosingRating(c.scale, next, claims);
      const now = nowIso();
      for (const claim of losing) {
        const after = { ...unrated(claim), updatedAt: now };
        await this.db.claims.put(after);
        await this.db.history.bulkAdd(historyForClaimChange(claim, after, c.scale, reviewer, now));
      }
      await this.db.cases.update(id, { scale: next, updatedAt: now });
      return losing.length;
    });
  }

  /** Deletes a case and every object in it, all or nothing. */
  async delete(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.caseTables(), async () => {
      await this.db.cases.delete(id);
      for (const t of this.db.caseTables().slice(1)) await t.where('caseId').equals(id).delete();
    });
  }

  async contents(id: string): Promise<CaseContents | undefined> {
    return this.db.transaction('r', this.db.caseTables(), async () => {
      const c = await this.db.cases.get(id);
      if (!c) return undefined;
      const [summaries, bodies, claims, sources, evidence, links, history, dismissed] = await Promise.all([
        this.db.articles.where('caseId').equals(id).toArray(),
        this.db.articleBodies.where('caseId').equals(id).toArray(),
        this.db.claims.where('caseId').equals(id).toArray(),
        this.db.sources.where('caseId').equals(id).toArray(),
        this.db.evidence.where('caseId').equals(id).toArray(),
        this.db.links.where('caseId').equals(id).toArray(),
        this.db.history.where('[caseId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
        this.db.dismissed.where('caseId').equals(id).toArray(),
      ]);
      const articles = joinArticles(summaries.sort((a, b) => a.order - b.order), bodies);
      return { case: c, articles, claims, sources, evidence, links, history, dismissed };
    });
  }

  /** Every case's contents, read in one transaction so a backup is one consistent moment. */
  async allContents(): Promise<CaseContents[]> {
    return this.db.transaction('r', this.db.caseTables(), async () => {
      const all: CaseContents[] = [];
      for (const c of await this.list()) {
        const one = await this.contents(c.id);
        if (one) all.push(one);
      }
      return all;
    });
  }

  /** Writes several whole cases (a restored backup) all or nothing. */
  async putAllContents(cases: readonly CaseContents[]): Promise<void> {
    await this.db.transaction('rw', this.db.caseTables(), async () => {
      for (const contents of cases) await this.putContents(contents);
    });
  }

  /** Writes a whole case (a restored bundle) in one transaction; replaces a case with the same id. */
  async putContents(contents: CaseContents): Promise<void> {
    await this.db.transaction('rw', this.db.caseTables(), async () => {
      const id = contents.case.id;
      for (const t of this.db.caseTables().slice(1)) await t.where('caseId').equals(id).delete();
      await this.db.cases.put(contents.case);
      const { summaries, bodies } = splitArticles(contents.articles);
      await this.db.articles.bulkPut(summaries);
      await this.db.articleBodies.bulkPut(bodies);
      await this.db.claims.bulkPut(contents.claims);
      await this.db.sources.bulkPut(contents.sources);
      await this.db.evidence.bulkPut(contents.evidence);
      await this.db.links.bulkPut(contents.links);
      await this.db.history.bulkPut(contents.history);
      await this.db.dismissed.bulkPut(contents.dismissed);
    });
  }
}
