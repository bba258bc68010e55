// Reader for the seed article format: optional leading " date YYYY-MM-DD "
// then the body, paragraphs separated by blank lines (see shared seeds README).
import type { ArticleBlock, DateOnly } from './model';
import { firstSentence, textToBlocks } from './article-text';

export interface ParsedSeedArticle {
  publishedDate: DateOnly;
  title: string;
  blocks: ArticleBlock[];
}

const DATE_LINE = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\s/;

function isRealDate(iso: string): boolean {
  const d = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function parseSeedArticle(source: string): ParsedSeedArticle {
  let body = source.replace(/^\uFEFF/, '');
  let publishedDate = '';
  const m = DATE_LINE.exec(body);
  if (m && isRealDate(m[1])) {
    publishedDate = m[1];
    body = body.slice(m[0].length);
  }
  const blocks = textToBlocks(body);
  const title = blocks.length > 0 ? firstSentence(blocks[0].text) : '';
  return { publishedDate, title, blocks };
}
