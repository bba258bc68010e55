// Whole articles (with their text) for the claims table's full-text search.
// The case screen holds only titles and metadata; the text of hundreds of
// articles runs to megabytes, so it is read here in small batches in idle
// time: the table renders at once and stays responsive while it fills in.
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Article, ArticleSummary } from '../../core/model';
import { useApp } from '../app/app-context';

/** Articles read per idle step: about a megabyte of text at most. */
const BATCH = 25;

/** What was read for an article at a version; null when it could not be (deleted meanwhile). */
type Read = ReadonlyMap<string, { version: string; article: Article | null }>;

/** The articles whose text has been read so far, at their current version, in list order. */
export function useArticleTexts(articles: readonly ArticleSummary[]): Article[] {
  const { repos } = useApp();
  const [read, setRead] = useState<Read>(new Map());

  useEffect(() => {
    const batch = articles.filter((a) => read.get(a.id)?.version !== a.updatedAt).slice(0, BATCH);
    if (batch.length === 0) return;
    let stopped = false;
    const handle = requestIdleCallback(
      () =>
        void repos.articles
          .getMany(batch.map((a) => a.id))
          .catch((error: unknown) => {
            // Search then covers the claims and the other articles; nothing is retried in a loop.
            console.error('Reading article texts for search failed', error);
            return [] as Article[];
          })
          .then((found) => {
            if (stopped) return;
            const byId = new Map(found.map((a) => [a.id, a]));
            startTransition(() =>
              setRead((was) => {
                const next = new Map(was);
                for (const a of batch) next.set(a.id, { version: a.updatedAt, article: byId.get(a.id) ?? null });
                return next;
              }),
            );
          }),
      { timeout: 2000 },
    );
    return () => {
      stopped = true;
      cancelIdleCallback(handle);
    };
  }, [repos, articles, read]);

  return useMemo(
    () =>
      articles.flatMap((a) => {
        const r = read.get(a.id);
        return r?.article && r.article.updatedAt === a.updatedAt ? [r.article] : [];
      }),
    [articles, read],
  );
}
