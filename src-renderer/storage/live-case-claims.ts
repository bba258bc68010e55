// The claims of one case, kept in memory and followed write by write. A live
// query would re-read (and clone) every claim of the case after each change;
// with tens of thousands of claims that is most of a second per keystroke.
// Instead this listens to Dexie's storagemutated event, which names the
// primary keys a committed write touched, and re-reads only those claims.
//
// The first read of a large case takes a second or more (IndexedDB's cost is
// per record), so while it runs the claims read so far are offered too, in
// the articles' reading order: the Claims table shows its first rows at once.
import type { ObservabilitySet } from 'dexie';
import { CaseClaims, positionById } from '../core/case-claims';
import type { Claim } from '../core/model';
import type { FactmarkDb } from './db';
import { changedKeys, LiveCaseStore } from './live-case-store';

/** Articles whose claims are read per transaction while loading: tens of milliseconds of unpacking each. */
export const LOAD_ARTICLES = 20;
/** The first batch is smaller: its claims are enough for a view's first screen, and come sooner. */
export const FIRST_LOAD_ARTICLES = 4;
/** Batches asked for at a time while loading. */
const READ_AHEAD = 2;
/** While loading, how often at most listeners hear how far it has got. */
const PROGRESS_EVERY_MS = 250;

/** How far the first load of a case's claims has got. */
export interface ClaimsLoading {
  /**
   * Claims read so far, in the articles' reading order. A view built from
   * them is built again with each new list, so a new list comes only once
   * the count has doubled: all the rebuilds together cost about one build.
   */
  readonly claims: readonly Claim[];
  /** How many have been read: more than `claims` holds between new lists. */
  readonly read: number;
  /** How many claims the case had when the load began. */
  readonly total: number;
}

/** Changed claim ids, or 'all' when a write touched a range of claims. */
export function changedClaimIds(parts: ObservabilitySet, dbName: string): string[] | 'all' {
  return changedKeys(parts, dbName, 'claims');
}

const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class LiveCaseClaims extends LiveCaseStore {
  private claims: Claim[] | undefined;
  private index: CaseClaims | undefined;
  private loading: ClaimsLoading | undefined;

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

  /** While the first load runs, the claims read so far; undefined before the first page and once loaded. */
  readonly getLoading = (): ClaimsLoading | undefined => this.loading;

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
   * Reads the case's claims article by article, in reading order, a few
   * articles per transaction: one read of tens of thousands of claims would
   * hold the main thread for as long as it takes to unpack them all, batches
   * leave it free in between. Writes made meanwhile are applied after, by
   * the refreshes their events queued.
   */
  protected async load(): Promise<void> {
    const first = this.claims === undefined;
    const [articles, total] = await Promise.all([
      this.db.articles.where('caseId').equals(this.caseId).toArray(),
      this.db.claims.where('caseId').equals(this.caseId).count(),
    ]);
    const articleIds = articles.sort((a, b) => a.order - b.order).map((a) => a.id);
    const readBatch = (ids: readonly string[]) =>
      this.db.transaction('r', this.db.claims, () => Promise.all(ids.map((id) => this.db.claims.where('articleId').equals(id).toArray())));
    const claims: Claim[] = [];
    let toldAt = -Infinity;
    // Batches are asked for READ_AHEAD ahead of the one being unpacked: the database reads them
    // meanwhile, also while a view shows the claims read so far.
    const pending: Promise<Claim[][]>[] = [];
    let asked = 0;
    const askAhead = () => {
      while (pending.length < READ_AHEAD && asked < articleIds.length) {
        const size = asked === 0 ? FIRST_LOAD_ARTICLES : LOAD_ARTICLES;
        pending.push(readBatch(articleIds.slice(asked, asked + size)));
        asked += size;
      }
    };
    // Reads under way when the load ends early fail or are dropped with it, unheard.
    const dropPending = () => pending.forEach((read) => void read.catch(() => undefined));
    try {
      askAhead();
      while (pending.length > 0) {
        const batch = await pending[0];
        pending.shift();
        // Stopped (the case was closed): the rest would be read for nothing.
        if (this.stopped) return dropPending();
        askAhead();
        for (const ofArticle of batch) for (const c of ofArticle) if (c.caseId === this.caseId) claims.push(c);
        if (first && pending.length > 0) {
          const offered = this.loading?.claims ?? [];
          const grown = claims.length >= 2 * offered.length && claims.length > 0;
          if (grown || performance.now() - toldAt >= PROGRESS_EVERY_MS) {
            toldAt = performance.now();
            this.loading = { claims: grown ? [...claims] : offered, read: claims.length, total };
            this.notify();
          }
        }
      }
      // Claims whose article is not (or no longer) in the case are the case's all the same.
      if (claims.length !== total) claims.push(...(await this.claimsMissingFrom(claims)));
    } catch (error) {
      dropPending();
      // The listeners hear of the failure from LiveCaseStore, with the claims read so far gone.
      this.loading = undefined;
      throw error;
    }
    this.loading = undefined;
    this.publish(claims.sort(byId));
  }

  /** The case's claims not among `read`. */
  private async claimsMissingFrom(read: readonly Claim[]): Promise<Claim[]> {
    const have = new Set(read.map((c) => c.id));
    const ids = (await this.db.claims.where('caseId').equals(this.caseId).primaryKeys()) as string[];
    const missing = await this.db.claims.bulkGet(ids.filter((id) => !have.has(id)));
    return missing.filter((c): c is Claim => c !== undefined && c.caseId === this.caseId);
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
