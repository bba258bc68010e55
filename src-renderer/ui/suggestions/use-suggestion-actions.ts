// Accepting and dismissing a suggested passage, each one undoable step:
// accepting marks the passage as a claim (claimant filled in where the
// article names the speaker), or reuses the claim already over it, and links
// it to the source claim; dismissing remembers the passage.
import { useCallback } from 'react';
import type { Article, Claim, DismissedSuggestion, LinkKind } from '../../core/model';
import { describeAnchor, trimSpan } from '../../core/anchoring/describe';
import { newId } from '../../core/ids';
import type { RemovedClaim } from '../../storage';
import { useApp } from '../app/app-context';
import type { ShownSuggestion } from './visible-suggestions';
import { passageSpeaker } from './passage-speaker';
import { SS } from './strings';

export function useSuggestionActions() {
  const { repos, undo, reviewer } = useApp();

  const accept = useCallback(
    async (source: Claim, suggestion: ShownSuggestion, article: Article, kind: LinkKind): Promise<Claim> => {
      if (suggestion.existing) {
        const link = await repos.links.link(source.caseId, source.id, suggestion.existing.id, kind);
        undo.push({ label: SS.undoAccept, undo: () => repos.links.unlink(link.id), redo: () => repos.links.restore(link) });
        return suggestion.existing;
      }
      const span = trimSpan(article.text, suggestion);
      const claim = await repos.claims.create(
        {
          caseId: source.caseId,
          articleId: article.id,
          anchor: describeAnchor(article.text, span),
          claimDate: article.publishedDate,
          claimant: passageSpeaker(article.text, span),
        },
        reviewer,
      );
      try {
        await repos.links.link(source.caseId, source.id, claim.id, kind);
      } catch (e) {
        // Never leave a half-made suggestion behind: the claim goes if its link could not be stored.
        await repos.claims.delete(claim.id, reviewer);
        throw e;
      }
      let removed: RemovedClaim | undefined;
      undo.push({
        label: SS.undoAccept,
        undo: async () => {
          removed = await repos.claims.delete(claim.id, reviewer);
        },
        redo: async () => {
          if (removed) await repos.claims.restore(removed, reviewer);
        },
      });
      return claim;
    },
    [repos, undo, reviewer],
  );

  const dismiss = useCallback(
    async (source: Claim, suggestion: ShownSuggestion) => {
      const row: DismissedSuggestion = {
        id: newId(),
        caseId: source.caseId,
        claimId: source.id,
        articleId: suggestion.articleId,
        start: suggestion.start,
        end: suggestion.end,
      };
      await repos.db.dismissed.put(row);
      undo.push({ label: SS.undoDismiss, undo: () => repos.db.dismissed.delete(row.id), redo: async () => void (await repos.db.dismissed.put(row)) });
    },
    [repos, undo],
  );

  return { accept, dismiss };
}
