// Claim operations shared by the article view, the inspector and the
// keyboard: marking, deleting and editing, each pushed onto the undo stack.
import { useCallback } from 'react';
import type { Article, Case, Claim } from '../../core/model';
import { describeAnchor, trimSpan, type Span } from '../../core/anchoring/describe';
import type { ClaimPatch } from '../../storage';
import { useApp } from './app-context';

export function useClaimActions(theCase: Case | undefined) {
  const { repos, undo, reviewer } = useApp();

  const markClaim = useCallback(
    async (article: Article, span: Span, fields: { claimant?: string; statement?: string } = {}): Promise<Claim | null> => {
      if (!theCase) return null;
      const trimmed = trimSpan(article.text, span);
      if (trimmed.end <= trimmed.start) return null;
      const claim = await repos.claims.create(
        { caseId: theCase.id, articleId: article.id, anchor: describeAnchor(article.text, trimmed), claimDate: article.publishedDate, ...fields },
        reviewer,
      );
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
      return claim;
    },
    [repos, undo, reviewer, theCase],
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
      const previous: ClaimPatch = {};
      for (const k of Object.keys(patch) as (keyof ClaimPatch)[]) (previous as Record<string, unknown>)[k] = before[k];
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
