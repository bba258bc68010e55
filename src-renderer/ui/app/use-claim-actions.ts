// Claim operations shared by the article view, the inspector and the
// keyboard: marking, deleting and editing, each pushed onto the undo stack.
import { useCallback, useEffect } from 'react';
import type { Article, Case, Claim } from '../../core/model';
import { describeAnchor, trimSpan, type Span } from '../../core/anchoring/describe';
import { isQuotaError, patchUndoing, type ClaimPatch } from '../../storage';
import { useApp } from './app-context';
import { S } from './strings';
import { useLiveClaims } from '../cases/use-case-claims';
import { afterPaintWhenIdle } from '../shared/after-paint';

/** Whether this window has rehearsed a claim's write (once is enough). */
let writeRehearsed = false;

/**
 * While the reviewer reads an article, goes once through what marking a
 * claim in it does (the anchor, the write in a transaction rolled back):
 * the first claim marked in a session then takes as long as the next, where
 * it paid 20–30 ms more for code and storage paths run for the first time.
 */
export function useRehearsedClaimWrite(article: Article | undefined): void {
  const { repos } = useApp();
  useEffect(() => {
    if (writeRehearsed || !article || article.text.length === 0) return;
    let live = true;
    afterPaintWhenIdle(() => {
      if (!live || writeRehearsed) return;
      writeRehearsed = true;
      const anchor = describeAnchor(article.text, { start: 0, end: Math.min(article.text.length, 24) });
      void repos.claims.rehearseWrite(article.caseId, article.id, anchor);
    }, 3_000);
    return () => void (live = false);
  }, [repos, article]);
}

/** User Timing measure from the Mark claim command to the claim's write committed. */
export const MARK_CLAIM_MEASURE = 'factmark:mark-claim';

/** A claim shown at once, and whether its write then committed. */
export interface MarkedClaim {
  claim: Claim;
  saved: Promise<boolean>;
}

export function useClaimActions(theCase: Case | undefined) {
  const { repos, undo, reviewer, notify } = useApp();
  const live = useLiveClaims();

  /**
   * Marks a claim: it joins the case's claims (and so the screen) before its
   * transaction commits, so the highlight shows at once. A failed write takes
   * it back and says why; undo is offered only once it is stored.
   */
  const markClaim = useCallback(
    (article: Article, span: Span, fields: { claimant?: string; statement?: string } = {}): MarkedClaim | null => {
      if (!theCase) return null;
      const commandAt = performance.now();
      const trimmed = trimSpan(article.text, span);
      if (trimmed.end <= trimmed.start) return null;
      const claim = repos.claims.build({ caseId: theCase.id, articleId: article.id, anchor: describeAnchor(article.text, trimmed), claimDate: article.publishedDate, ...fields });
      // The write goes out first: the database works on it while this thread paints the highlight.
      const inserting = repos.claims.insert(claim, reviewer);
      live?.apply(claim);
      const saved = inserting.then(
        () => {
          performance.measure(MARK_CLAIM_MEASURE, { start: commandAt, detail: { claimId: claim.id } });
          let removed: Awaited<ReturnType<typeof repos.claims.delete>>;
          undo.push({
            label: 'Mark claim',
            undo: async () => {
              removed = await repos.claims.delete(claim.id, reviewer);
            },
            redo: async () => {
              if (removed) await repos.claims.restore(removed, reviewer);
            },
          });
          return true;
        },
        (error: unknown) => {
          live?.forget(claim.id);
          notify(isQuotaError(error) ? S.errors.storageFull : S.errors.markFailed(String((error as Error)?.message ?? error)), 'error');
          return false;
        },
      );
      return { claim, saved };
    },
    [repos, undo, reviewer, theCase, live, notify],
  );

  const deleteClaim = useCallback(
    async (claimId: string) => {
      const removed = await repos.claims.delete(claimId, reviewer);
      if (!removed) return;
      undo.push({
        label: 'Delete claim',
        undo: () => repos.claims.restore(removed, reviewer),
        redo: async () => void (await repos.claims.delete(claimId, reviewer)),
      });
    },
    [repos, undo, reviewer],
  );

  /**
   * Saves a patch. While typing, fields save with `undoable` false and
   * `mergeHistory` true; when the burst ends they save once more as undoable
   * with `before` holding the values from the burst's start: one undo entry
   * and one corrections-log entry per field edit.
   */
  const updateClaim = useCallback(
    async (before: Claim, patch: ClaimPatch, undoable = true, mergeHistory = false) => {
      if (!theCase) return;
      await repos.claims.update(before.id, patch, theCase.scale, reviewer, { mergeHistory });
      if (!undoable) return;
      const previous = patchUndoing(before, patch);
      undo.push({
        label: 'Edit claim',
        undo: async () => void (await repos.claims.update(before.id, previous, theCase.scale, reviewer)),
        redo: async () => void (await repos.claims.update(before.id, patch, theCase.scale, reviewer)),
      });
    },
    [repos, undo, reviewer, theCase],
  );

  return { markClaim, deleteClaim, updateClaim };
}
