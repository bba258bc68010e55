// Keeps the shared similarity index in step with the case's articles and asks
// it for passages like the claim's quote in the other articles. Each answer is
// timed with the User Timing API ("factmark:suggestions") once it is shown.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, Claim } from '../../core/model';
import type { Suggestion } from '../../core/similarity/similarity-index';
import { sharedSimilarityClient } from './similarity-client';
import { afterPaintWhenIdle } from '../shared/after-paint';

const LIMIT = 8;
/** How long the index waits for an idle moment after the case's articles change. */
const AHEAD_WAIT_MS = 2_000;
export const SUGGESTIONS_MEASURE = 'factmark:suggestions';

export type SuggestionsState = { status: 'loading' } | { status: 'ready'; suggestions: Suggestion[] } | { status: 'failed'; message: string };

export function useSuggestions(claim: Claim, articles: readonly ArticleSummary[]): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ status: 'loading' });
  const quote = claim.anchor.quote.exact;
  // Only a change of some article's version should ask again, not a new array from the live query.
  const versions = articles.map((a) => `${a.id}@${a.updatedAt}`).join('|');

  useEffect(() => {
    let live = true;
    const startMark = `${SUGGESTIONS_MEASURE}:start:${claim.id}`;
    performance.mark(startMark);
    try {
      const client = sharedSimilarityClient();
      client.sync(claim.caseId, articles);
      client
        .suggest(quote, { excludeArticleId: claim.articleId, limit: LIMIT })
        .then((suggestions) => live && setState({ status: 'ready', suggestions }))
        .catch((e: Error) => live && setState({ status: 'failed', message: e.message }));
    } catch (e) {
      setState({ status: 'failed', message: (e as Error).message });
    }
    return () => {
      live = false;
      performance.clearMarks(startMark);
    };
    // `versions` stands for `articles`: a new array from the live query with the same versions changes nothing.
  }, [claim.id, claim.caseId, claim.articleId, quote, versions]);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const startMark = `${SUGGESTIONS_MEASURE}:start:${claim.id}`;
    if (performance.getEntriesByName(startMark).length) {
      performance.measure(SUGGESTIONS_MEASURE, startMark);
      performance.clearMarks(startMark);
    }
  }, [state, claim.id]);

  return state;
}

/**
 * Brings the similarity index up to date with the open case's articles as soon
 * as the window is idle, not when the first claim is marked: that claim's
 * suggestions are then ready at once, and the index is not built (reading
 * every article) while the reviewer is marking claims.
 */
export function useSimilarityIndexAhead(caseId: string, articles: readonly ArticleSummary[] | undefined): void {
  const latest = useRef(articles);
  latest.current = articles;
  // Only a change of some article's version syncs again, not a new array from the live query.
  const versions = useMemo(() => articles?.map((a) => `${a.id}@${a.updatedAt}`).join('|'), [articles]);
  useEffect(() => {
    if (!versions) return;
    let live = true;
    afterPaintWhenIdle(() => live && latest.current && sharedSimilarityClient().sync(caseId, latest.current), AHEAD_WAIT_MS);
    return () => void (live = false);
  }, [caseId, versions]);
}
