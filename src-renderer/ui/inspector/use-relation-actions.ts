// Adding and removing a claim's links and evidence, each an undoable step
// on the app's undo stack (removal puts back the very same row).
import { useCallback } from 'react';
import type { ClaimLink, Evidence, LinkKind, Stance } from '../../core/model';
import { useApp } from '../app/app-context';

export function useRelationActions() {
  const { repos, undo } = useApp();

  const linkClaims = useCallback(
    async (caseId: string, fromId: string, toId: string, kind: LinkKind) => {
      const before = (await repos.links.ofClaim(fromId)).map((l) => l.id);
      const link = await repos.links.link(caseId, fromId, toId, kind);
      if (before.includes(link.id)) return;
      undo.push({ label: 'Link claims', undo: () => repos.links.unlink(link.id), redo: () => repos.links.restore(link) });
    },
    [repos, undo],
  );

  const unlink = useCallback(
    async (link: ClaimLink) => {
      await repos.links.unlink(link.id);
      undo.push({ label: 'Remove link', undo: () => repos.links.restore(link), redo: () => repos.links.unlink(link.id) });
    },
    [repos, undo],
  );

  const addEvidence = useCallback(
    async (caseId: string, claimId: string, sourceId: string, stance: Stance, note: string) => {
      const e = await repos.sources.addEvidence(caseId, claimId, sourceId, stance, note);
      undo.push({ label: 'Add evidence', undo: () => repos.sources.removeEvidence(e.id), redo: () => repos.sources.restoreEvidence(e) });
    },
    [repos, undo],
  );

  const removeEvidence = useCallback(
    async (e: Evidence) => {
      await repos.sources.removeEvidence(e.id);
      undo.push({ label: 'Remove evidence', undo: () => repos.sources.restoreEvidence(e), redo: () => repos.sources.removeEvidence(e.id) });
    },
    [repos, undo],
  );

  return { linkClaims, unlink, addEvidence, removeEvidence };
}
