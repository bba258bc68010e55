// Turns picked files into articles of a case: parse each file, report each
// one's outcome, then store every good article in one transaction.
import type { Repositories } from '../../storage';
import type { OpenedFile } from '../../host/host';
import { parseSeedArticle } from '../../core/seed-format';
import { sha256Hex, blocksToText } from '../../core/article-text';
import type { NewArticle } from '../../storage';

export interface ImportOutcome {
  name: string;
  ok: boolean;
  message: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function draftOf(file: OpenedFile): NewArticle | string {
  if (file.bytes.length === 0) return 'The file is empty.';
  let text: string;
  try {
    text = decoder.decode(file.bytes);
  } catch {
    return 'The file is not UTF-8 text.';
  }
  const parsed = parseSeedArticle(text);
  if (parsed.blocks.length === 0) return 'The file has no text.';
  return { title: parsed.title, publishedDate: parsed.publishedDate, blocks: parsed.blocks, origin: { format: 'seed', name: file.name } };
}

export async function importArticles(repos: Repositories, caseId: string, files: OpenedFile[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const drafts: NewArticle[] = [];
  const existing = new Set((await repos.articles.listByCase(caseId)).map((a) => a.contentHash));
  for (const file of files) {
    const d = draftOf(file);
    if (typeof d === 'string') {
      outcomes.push({ name: file.name, ok: false, message: d });
      continue;
    }
    const hash = await sha256Hex(blocksToText(d.blocks));
    if (existing.has(hash)) {
      outcomes.push({ name: file.name, ok: false, message: 'This article is already in the case; it was not imported again.' });
      continue;
    }
    existing.add(hash);
    drafts.push(d);
    outcomes.push({ name: file.name, ok: true, message: `Imported “${d.title}”.` });
  }
  if (drafts.length) await repos.articles.addMany(caseId, drafts);
  return outcomes;
}
