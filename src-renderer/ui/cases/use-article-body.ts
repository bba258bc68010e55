// The body (text and blocks) of the article the reader shows, at the version
// the article list has: read again when the text is corrected (its updatedAt
// moves), taken at once when already read.
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../core/model';
import type { ArticleBody } from '../../storage';
import { useApp } from '../app/app-context';
import type { ArticleBodies } from './article-bodies';

export function useArticleBody(bodies: ArticleBodies, article: ArticleSummary | undefined): ArticleBody | undefined {
  const { notify } = useApp();
  const id = article?.id;
  const version = article?.updatedAt;
  const [read, setRead] = useState<{ key: string; body: ArticleBody | undefined } | null>(null);
  const key = id && version ? `${id}@${version}` : null;

  useEffect(() => {
    if (!id || !version || bodies.peek(id, version)) return;
    let live = true;
    bodies.load(id, version).then(
      (body) => live && setRead({ key: `${id}@${version}`, body }),
      (error: unknown) => live && notify(String((error as Error)?.message ?? error), 'error'),
    );
    return () => {
      live = false;
    };
  }, [bodies, id, version, notify]);

  if (!id || !version) return undefined;
  return bodies.peek(id, version) ?? (read?.key === key ? read.body : undefined);
}
