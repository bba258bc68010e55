// The open case's claims for React. CaseScreen makes one LiveCaseClaims per
// case and shares it through LiveClaimsContext, so claim actions can show a
// new claim at once. Views get each new snapshot after the next paint and in
// a transition: React renders them in slices, and a highlight or a keystroke
// never waits for twenty thousand claims to re-render. While a large case's
// claims are first read, the claims read so far come as `loading`.
import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import type { CaseClaims } from '../../core/case-claims';
import { LiveCaseClaims, type ClaimsLoading } from '../../storage/live-case-claims';
import { useApp } from '../app/app-context';
import { afterNextPaint } from '../shared/after-paint';

export const LiveClaimsContext = createContext<LiveCaseClaims | null>(null);

/** The live claims of the case shown by the nearest CaseScreen, if any. */
export function useLiveClaims(): LiveCaseClaims | null {
  return useContext(LiveClaimsContext);
}

interface Shown {
  live: LiveCaseClaims;
  claims: CaseClaims | undefined;
  loading: ClaimsLoading | undefined;
  /** Why the last read of the claims failed, or null. */
  failure: unknown;
}

/**
 * Starts following a case's claims; returns the store, its latest snapshot
 * (undefined while loading) and, during the first load, the claims read so far.
 */
export function useCaseClaims(caseId: string): Shown {
  const { repos } = useApp();
  const live = useMemo(() => new LiveCaseClaims(repos.db, caseId), [repos, caseId]);
  const [shown, setShown] = useState<Shown>({ live, claims: undefined, loading: undefined, failure: null });
  useEffect(() => {
    // After the next paint: a highlight painted by the editor at once is on screen before views re-render.
    // (Not later: the inspector builds its edits from the claim these views show.)
    const show = () =>
      afterNextPaint(() => {
        const next = { live, claims: live.getIndex(), loading: live.getLoading(), failure: live.failure() };
        // While the claims are first read nothing is being marked, and a transition would be
        // started over by the next word of progress (every quarter second) and might never show.
        if (next.loading || next.failure) setShown(next);
        else startTransition(() => setShown(next));
      });
    const unsubscribe = live.subscribe(show);
    const stop = live.start();
    show();
    return () => {
      unsubscribe();
      stop();
    };
  }, [live]);
  // Right after a case switch the state still holds the previous case's claims.
  return shown.live === live ? shown : { live, claims: undefined, loading: undefined, failure: null };
}
