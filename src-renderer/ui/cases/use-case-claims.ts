// The open case's claims for React. CaseScreen makes one LiveCaseClaims per
// case and shares it through LiveClaimsContext, so claim actions can show a
// new claim at once. Views get each new snapshot after the next paint and in
// a transition: React renders them in slices, and a highlight or a keystroke
// never waits for twenty thousand claims to re-render.
import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import type { CaseClaims } from '../../core/case-claims';
import { LiveCaseClaims } from '../../storage/live-case-claims';
import { useApp } from '../app/app-context';
import { afterNextPaint } from '../shared/after-paint';

export const LiveClaimsContext = createContext<LiveCaseClaims | null>(null);

/** The live claims of the case shown by the nearest CaseScreen, if any. */
export function useLiveClaims(): LiveCaseClaims | null {
  return useContext(LiveClaimsContext);
}

/** Starts following a case's claims; returns the store and its latest snapshot (undefined while loading). */
export function useCaseClaims(caseId: string): { live: LiveCaseClaims; claims: CaseClaims | undefined } {
  const { repos } = useApp();
  const live = useMemo(() => new LiveCaseClaims(repos.db, caseId), [repos, caseId]);
  const [shown, setShown] = useState<{ live: LiveCaseClaims; claims: CaseClaims | undefined }>({ live, claims: undefined });
  useEffect(() => {
    // After the next paint: a highlight painted by the editor at once is on screen before views re-render.
    // (Not later: the inspector builds its edits from the claim these views show.)
    const show = () => afterNextPaint(() => startTransition(() => setShown({ live, claims: live.getIndex() })));
    const unsubscribe = live.subscribe(show);
    const stop = live.start();
    show();
    return () => {
      unsubscribe();
      stop();
    };
  }, [live]);
  // Right after a case switch the state still holds the previous case's claims.
  return { live, claims: shown.live === live ? shown.claims : undefined };
}
