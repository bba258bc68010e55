// Claims: marking (claim + history in one transaction), edits that record
// the corrections log, deletion with everything attached (returned so undo
// can put it back), and the case-wide queries the screens need.
import Dexie from 'dexie';
import type { Claim, ClaimAnchor, ClaimLink, DismissedSuggestion, Evidence, HistoryEntry, RatingScale, Verdict } from '../core/model';
import { editVerdict } from '../core/verdict-edits';
import { editTags, type TagsEdit } from '../core/tag-edits';
import { newId, nowIso } from '../core/ids';
import { historyForClaimChange, historyForClaimCreated, historyForClaimDeleted, mergeHistoryEntry } from '../core/claim-history';
import { commitWhenDone, type FactmarkDb } from './db';

export type ClaimPatch = Partial<Pick<Claim, 'statement' | 'claimant' | 'claimDate' | 'status' | 'tags' | 'notes' | 'verdict' | 'anchor'>> & {
  /** Changes to some fields of the verdict, applied to the verdict as stored (`date`: the day of the edit, for a new verdict). */
  verdictEdit?: { change: Partial<Verdict>; date: string };
  /** Tags added and removed, applied to the tags as stored. */
  tagsEdit?: TagsEdit;
};

/** The patch that puts back what `patch` changes in `before`: a verdict or tags edit puts back the whole verdict or tag list. */
export function patchUndoing(before: Claim, patch: ClaimPatch): ClaimPatch {
  const previous: ClaimPatch = {};
  for (const k of Object.keys(patch) as (keyof ClaimPatch)[]) {
    if (k === 'verdictEdit') previous.verdict = before.verdict;
    else if (k === 'tagsEdit') previous.tags = before.tags;
    else (previous as Record<string, unknown>)[k] = before[k];
  }
  return previous;
}

/** A deleted claim with what hung off it, enough to restore it exactly. */
export interface RemovedClaim {
  claim: Claim;
  evidence: Evidence[];
  links: ClaimLink[];
  dismissed: DismissedSuggestion[];
}

export interface NewClaim {
  caseId: string;
  articleId: string;
  anchor: ClaimAnchor;
  claimDate: string;
  statement?: string;
  claimant?: string;
}

/** How often new claims move their case's "last worked on" time. */
const CASE_TOUCH_INTERVAL_MS = 60_000;
/** How long after a marked claim's commit its case's time moves. */
const CASE_TOUCH_DELAY_MS = 1_000;

export class ClaimRepository {
  /** When this repository last moved each case's updatedAt (ms since the epoch). */
  private readonly caseTouchedAt = new Map<string, number>();

  constructor(private readonly db: FactmarkDb) {}

  get(id: string): Promise<Claim | undefined> {
    return this.db.claims.get(id);
  }

  listByCase(caseId: string): Promise<Claim[]> {
    return this.db.claims.where('caseId').equals(caseId).toArray();
  }

  /** Whether the case has any claim, without reading them. */
  async hasAny(caseId: string): Promise<boolean> {
    return (await this.db.claims.where('caseId').equals(caseId).limit(1).primaryKeys()).length > 0;
  }

  listByArticle(articleId: string): Promise<Claim[]> {
    return this.db.claims.where('articleId').equals(articleId).toArray();
  }

  build(n: NewClaim, now = nowIso()): Claim {
    return {
      id: newId(),
      caseId: n.caseId,
      articleId: n.articleId,
      anchor: n.anchor,
      statement: n.statement ?? n.anchor.quote.exact,
      claimant: n.claimant ?? '',
      claimDate: n.claimDate,
      status: 'open',
      tags: [],
      notes: '',
      verdict: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /**
   * Goes through a claim's write in a transaction that is then rolled back:
   * nothing is stored and nobody is told of a change, but the first claim
   * the reviewer marks no longer pays for code and storage paths never run
   * before in this window (call it while they read, before they mark).
   */
  async rehearseWrite(caseId: string, articleId: string, anchor: ClaimAnchor): Promise<void> {
    const probe = this.build({ caseId, articleId, anchor, claimDate: '1970-01-01' });
    await this.db
      .transaction('rw', this.db.claims, this.db.history, async (tx) => {
        await Promise.all([this.db.claims.add(probe), this.db.history.add(historyForClaimCreated(probe, '', probe.createdAt))]);
        tx.abort();
      })
      .catch(() => undefined);
  }

  /** Stores a new claim and its history entry together, then moves the case's last-worked-on time. */
  async create(n: NewClaim, reviewer: string): Promise<Claim> {
    const claim = this.build(n);
    await this.store(claim, reviewer);
    await this.touchCase(claim.caseId, claim.createdAt);
    return claim;
  }

  /**
   * Stores a claim made by `build` (the screen shows it while this commits):
   * resolves once the claim and its history entry have committed together.
   * The case's last-worked-on time follows a second later in a write of its own, not waited for.
   */
  async insert(claim: Claim, reviewer: string): Promise<void> {
    await this.store(claim, reviewer);
    // A moment later: the case list re-reads and re-renders after the touch, away from the highlight's frames.
    setTimeout(() => void this.touchCase(claim.caseId, claim.createdAt), CASE_TOUCH_DELAY_MS);
  }

  private async store(claim: Claim, reviewer: string): Promise<void> {
    await this.db.transaction('rw', this.db.claims, this.db.history, () => {
      const writes = Promise.all([this.db.claims.add(claim), this.db.history.add(historyForClaimCreated(claim, reviewer, claim.createdAt))]);
      // Both requests are out. Committing now, rather than once their success events have
      // reached this thread (busy painting the highlight), saves a round of waiting. In
      // Chromium a request that fails after commit() still aborts the whole transaction.
      commitWhenDone();
      return writes;
    });
  }

  /**
   * Moves the case's "last worked on" time, which orders the case list: to the
   * minute is enough, so marking claim after claim writes it once a minute and
   * the case list (which follows the cases table) is not read again each time.
   * Its own write: updating the case means reading it first, which in the
   * claim's transaction would hold that commit back. A failure is only logged:
   * the claim is stored, and the next claim tries again.
   */
  private async touchCase(caseId: string, at: string): Promise<void> {
    const now = Date.parse(at);
    if (now - (this.caseTouchedAt.get(caseId) ?? -Infinity) < CASE_TOUCH_INTERVAL_MS) return;
    this.caseTouchedAt.set(caseId, now);
    try {
      await this.db.cases.update(caseId, { updatedAt: at });
    } catch (error) {
      this.caseTouchedAt.delete(caseId);
      console.error('Recording when the case last changed failed', error);
    }
  }

  /**
   * Applies a patch, recording verdict/status/rationale changes in history.
   * `mergeHistory` (for saves while typing) folds the change into the same
   * field's entry of the last minute, so a typing burst logs one correction.
   */
  async update(id: string, patch: ClaimPatch, scale: RatingScale, reviewer: string, { mergeHistory = false } = {}): Promise<Claim | undefined> {
    return this.db.transaction('rw', this.db.claims, this.db.history, async () => {
      const before = await this.db.claims.get(id);
      if (!before) return undefined;
      const now = nowIso();
      const { verdictEdit, tagsEdit, ...fields } = patch;
      const after: Claim = { ...before, ...fields, updatedAt: now };
      if (verdictEdit) after.verdict = editVerdict(before.verdict, verdictEdit.change, reviewer, verdictEdit.date);
      if (tagsEdit) after.tags = editTags(before.tags, tagsEdit);
      await this.db.claims.put(after);
      const entries = historyForClaimChange(before, after, scale, reviewer, now);
      if (!mergeHistory) await this.db.history.bulkAdd(entries);
      else for (const entry of entries) await this.recordMerged(entry);
      return after;
    });
  }

  /** Sets the anchors of several claims at once (re-attaching flagged claims). */
  async setAnchors(updates: Pick<Claim, 'id' | 'anchor'>[]): Promise<void> {
    const now = nowIso();
    await this.db.transaction('rw', this.db.claims, async () => {
      for (const u of updates) await this.db.claims.update(u.id, { anchor: u.anchor, updatedAt: now });
    });
  }

  /** Deletes a claim with its evidence, links and dismissed suggestions. */
  async delete(id: string, reviewer: string): Promise<RemovedClaim | undefined> {
    const tables = [this.db.claims, this.db.evidence, this.db.links, this.db.dismissed, this.db.history];
    return this.db.transaction('rw', tables, async () => {
      const claim = await this.db.claims.get(id);
      if (!claim) return undefined;
      const evidence = await this.db.evidence.where('claimId').equals(id).toArray();
      const links = [
        ...(await this.db.links.where('fromClaimId').equals(id).toArray()),
        ...(await this.db.links.where('toClaimId').equals(id).toArray()),
      ];
      const dismissed = await this.db.dismissed.where('claimId').equals(id).toArray();
      await this.db.evidence.bulkDelete(evidence.map((e) => e.id));
      await this.db.links.bulkDelete(links.map((l) => l.id));
      await this.db.dismissed.bulkDelete(dismissed.map((d) => d.id));
      await this.db.claims.delete(id);
      await this.db.history.add(historyForClaimDeleted(claim, reviewer, nowIso()));
      return { claim, evidence, links, dismissed };
    });
  }

  /** Puts a deleted claim back exactly as it was (undo). */
  async restore(removed: RemovedClaim, reviewer: string): Promise<void> {
    const tables = [this.db.claims, this.db.evidence, this.db.links, this.db.dismissed, this.db.history];
    await this.db.transaction('rw', tables, async () => {
      await this.db.claims.put(removed.claim);
      await this.db.evidence.bulkPut(removed.evidence);
      await this.db.links.bulkPut(removed.links);
      await this.db.dismissed.bulkPut(removed.dismissed);
      await this.db.history.add(historyForClaimCreated(removed.claim, reviewer, nowIso()));
    });
  }

  /** Adds a history entry, folding it into the same field's previous entry when typing continues it. */
  private async recordMerged(next: HistoryEntry): Promise<void> {
    const ofClaim = await this.historyOf(next.claimId!);
    const previous = ofClaim.filter((h) => h.field === next.field).pop();
    const { entry, replaces } = mergeHistoryEntry(previous, next);
    if (replaces) await this.db.history.delete(replaces);
    if (entry) await this.db.history.put(entry);
  }

  /** The claim's corrections log, oldest first, read in index order. */
  historyOf(claimId: string): Promise<HistoryEntry[]> {
    return this.db.history.where('[claimId+at]').between([claimId, Dexie.minKey], [claimId, Dexie.maxKey]).toArray();
  }
}
