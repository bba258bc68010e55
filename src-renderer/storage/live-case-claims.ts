// The claims of one case, kept in memory and followed write by write. A live
// query would re-read (and clone) every claim of the case after each change;
// with tens of thousands of claims that is most of a second per keystroke.
// Instead this listens to Dexie's storagemutated event, which names the
// primary keys a committed write touched, and re-reads only those claims.
import type { ObservabilitySet } from 'dexie';
import { CaseClaims, positionById } from '../core/case-claims';
import type { Claim } from '../core/model';
import type { FactmarkDb } from './db';
import { changedKeys, LiveCaseStore } from './live-case-store';

/** Claims read per request while loading: a few tens of milliseconds of unpacking each. */
export const LOAD_PAGE = 500;

/** Changed claim ids, or 'all' when a write touched a range of claims. */
export function changedClaimIds(parts: ObservabilitySet, dbName: string): string[] | 'all' {
  return changedKeys(parts, dbName, 'claims');
}

export class LiveCaseClaims extends LiveCaseStore {
  private claims: Claim[] | undefined;
  private index: CaseClaims | undefined;

  constructor(db: FactmarkDb, caseId: string) {
    super(db, caseId, 'claims');
  }

  protected changedIds(parts: ObservabilitySet): string[] | 'all' {
    return changedClaimIds(parts, this.db.name);
  }

  /** The case's claims in id order, a new array after every change; undefined until loaded. */
  readonly getSnapshot = (): Claim[] | undefined => this.claims;

  /** The same claims with lookups by id and by article, changed with each snapshot. */
  readonly getIndex = (): CaseClaims | undefined => this.index;

  /** Shows a claim this window is writing before its transaction commits (the commit then changes nothing). */
  apply(claim: Claim): void {
    if (!this.claims || claim.caseId !== this.caseId) return;
    const next = [...this.claims];
    const at = positionById(next, claim.id);
    next.splice(at, next[at]?.id === claim.id ? 1 : 0, claim);
    this.publish(next, [claim.id]);
  }

  /** Takes back a claim shown by `apply` whose write failed. */
  forget(id: string): void {
    if (!this.claims) return;
    const at = positionById(this.claims, id);
    if (this.claims[at]?.id !== id) return;
    this.publish(this.claims.filter((c) => c.id !== id), [id]);
  }

  /**
   * Reads the case's claims in pages of consecutive ids: one read of tens of
   * thousands of claims would hold the main thread for as long as it takes to
   * unpack them all, pages leave it free in between. Writes made meanwhile
   * are applied after, by the refreshes their events queued.
   */
  protected async load(): Promise<void> {
    // The caseId index lists the case's claims in id order; keys alone are cheap to read.
    const ids = (await this.db.claims.where('caseId').equals(this.caseId).primaryKeys()) as string[];
    const pageFrom = (i: number) => this.db.claims.where('id').between(ids[i], ids[Math.min(i + LOAD_PAGE, ids.length) - 1], true, true).toArray();
    const claims: Claim[] = [];
    // The next page is asked for before this one is unpacked: the database reads it meanwhile.
    let next = ids.length > 0 ? pageFrom(0) : null;
    try {
      for (let i = 0; next; i += LOAD_PAGE) {
        const page = await next;
        next = i + LOAD_PAGE < ids.length ? pageFrom(i + LOAD_PAGE) : null;
        // The id range may hold other cases' claims too.
        for (const c of page) if (c.caseId === this.caseId) claims.push(c);
      }
    } catch (error) {
      // The read already under way fails or is dropped with this one.
      void next?.catch(() => undefined);
      throw error;
    }
    this.publish(claims);
  }

  protected async refresh(ids: string[]): Promise<void> {
    if (!this.claims) return this.load();
    const fresh = await this.db.claims.bulkGet(ids);
    // Most refreshes confirm what `apply` already showed: copy the list only when something differs.
    let next: Claim[] | null = null;
    ids.forEach((id, i) => {
      const claim = fresh[i];
      const list = next ?? this.claims!;
      const at = positionById(list, id);
      const present = list[at]?.id === id;
      const ours = claim !== undefined && claim.caseId === this.caseId;
      if (ours && present && list[at].updatedAt === claim.updatedAt && JSON.stringify(list[at]) === JSON.stringify(claim)) return;
      if (!ours && !present) return;
      next ??= [...this.claims!];
      if (ours) next.splice(at, present ? 1 : 0, claim);
      else next.splice(at, 1);
    });
    if (next) this.publish(next, ids);
  }

  /** `changed`: the ids that differ from the last snapshot; none given means a whole new list. */
  private publish(claims: Claim[], changed?: readonly string[]): void {
    if (this.stopped) return;
    this.claims = claims;
    this.index = changed && this.index ? this.index.with(claims, changed) : CaseClaims.of(claims);
    this.notify();
  }
}
