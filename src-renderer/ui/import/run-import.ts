// Runs an import: parse every file (cancellable), then add the good articles
// to the case in one transaction. Drafts whose text is already in the case
// are held back as duplicates so the reviewer can decide.
import { draftContentHash, importFiles, type ArticleDraft, type ImportDeps, type ImportFile, type ImportProgress } from '../../core/import';
import type { Article } from '../../core/model';
import type { NewArticle, Repositories } from '../../storage';

export type ImportRow =
  | { kind: 'imported'; name: string; title: string; warnings: string[] }
  | { kind: 'duplicate'; name: string; draft: ArticleDraft; existingTitle: string }
  | { kind: 'failed'; name: string; message: string };

export interface ImportRun {
  rows: ImportRow[];
  aborted: boolean;
  added: Article[];
}

export function draftToNewArticle(d: ArticleDraft): NewArticle {
  return {
    title: d.title,
    outlet: d.outlet,
    author: d.author,
    url: d.url,
    publishedDate: d.publishedDate,
    language: d.language,
    blocks: d.blocks,
    origin: { format: d.format, name: d.sourceName },
  };
}

export async function runImport(
  repos: Repositories,
  caseId: string,
  files: ImportFile[],
  deps: ImportDeps,
  onProgress: (p: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportRun> {
  const { results, aborted } = await importFiles(files, deps, { onProgress, signal });
  if (aborted || signal.aborted) return { rows: [], aborted: true, added: [] };
  const existing = await repos.articles.listByCase(caseId);
  const byHash = new Map(existing.map((a) => [a.contentHash, a.title]));
  const rows: ImportRow[] = [];
  const toAdd: ArticleDraft[] = [];
  for (const r of results) {
    if (!r.ok) {
      rows.push({ kind: 'failed', name: r.name, message: r.message });
      continue;
    }
    for (const draft of r.drafts) {
      const hash = await draftContentHash(draft);
      const twin = byHash.get(hash);
      if (twin !== undefined) {
        rows.push({ kind: 'duplicate', name: r.name, draft, existingTitle: twin });
        continue;
      }
      byHash.set(hash, draft.title);
      toAdd.push(draft);
      rows.push({ kind: 'imported', name: r.name, title: draft.title, warnings: r.warnings });
    }
  }
  const added = toAdd.length ? await repos.articles.addMany(caseId, toAdd.map(draftToNewArticle)) : [];
  return { rows, aborted: false, added };
}
