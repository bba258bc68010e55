// A case's articles (with their text) and claims together, followed write by
// write: what the search worker indexes. Joins a LiveCaseArticles and a
// LiveCaseClaims into core's CaseContents.
import type { CaseContents } from '../core/case-views/search-protocol';
import type { Article, Claim } from '../core/model';
import type { FactmarkDb } from './db';
import { LiveCaseArticles } from './live-case-articles';
import { LiveCaseClaims } from './live-case-claims';

type Both = { articles: Article[]; claims: Claim[] };

export function followCaseContents(db: FactmarkDb, caseId: string): CaseContents {
  const articles = new LiveCaseArticles(db, caseId);
  const claims = new LiveCaseClaims(db, caseId);
  // The same object while neither list changed, so callers can tell "nothing new" by identity.
  let both: Both | undefined;
  const current = (): Both | undefined => {
    const a = articles.getSnapshot();
    const c = claims.getSnapshot();
    if (!a || !c) return undefined;
    if (both?.articles !== a || both.claims !== c) both = { articles: a, claims: c };
    return both;
  };
  const stops = [articles.start(), claims.start()];
  return {
    current,
    subscribe(listener) {
      const unsubscribe = [articles.subscribe(listener), claims.subscribe(listener)];
      return () => unsubscribe.forEach((u) => u());
    },
    settled: async () => void (await Promise.all([articles.settled(), claims.settled()])),
    failure: () => articles.failure() ?? claims.failure(),
    stop: () => stops.forEach((stop) => stop()),
  };
}
