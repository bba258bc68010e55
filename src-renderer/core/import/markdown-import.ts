// Imports Markdown: an optional front-matter block (title, author, date, …),
// then the body rendered by `marked` to HTML, which goes through the same
// sanitiser and block reader as any HTML (inline HTML in Markdown included).
// The first level-1 heading titles the article when front matter does not.
import { Marked } from 'marked';
import { draftResult, finishDraft } from './draft';
import { sanitizedHtmlToBlocks } from './html-import';
import { importMessages } from './messages';
import type { DraftMetadata, ImportDeps, ImportFileResult } from './types';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_KEYS: Record<string, keyof DraftMetadata> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  date: 'publishedDate',
  published: 'publishedDate',
  url: 'url',
  link: 'url',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  lang: 'language',
  language: 'language',
};

function readFrontMatter(markdown: string): { metadata: DraftMetadata; body: string } {
  const m = FRONT_MATTER.exec(markdown);
  if (!m) return { metadata: {}, body: markdown };
  const metadata: DraftMetadata = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    const key = kv && FRONT_MATTER_KEYS[kv[1].toLowerCase()];
    if (key && !metadata[key]) metadata[key] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { metadata, body: markdown.slice(m[0].length) };
}

// One instance with fixed options, so nobody's global `marked.use()` changes ours.
const markdown = new Marked({ async: false, gfm: true, breaks: false });

export function importMarkdown(source: string, name: string, deps: Pick<ImportDeps, 'sanitizeHtml'>): ImportFileResult {
  const { metadata, body } = readFrontMatter(source);
  const html = markdown.parse(body, { async: false });
  const blocks = sanitizedHtmlToBlocks(html, deps);
  const heading = blocks.find((b) => b.type === 'heading' && b.level === 1);
  const draft = finishDraft({ ...metadata, title: metadata.title || heading?.text }, blocks, 'markdown', name);
  return draftResult(name, draft, [], importMessages.noText(name));
}
