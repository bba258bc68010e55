// The plain text of an article and the offsets claims are anchored to.
// Plain text is the block texts joined by BLOCK_SEPARATOR, the same string the
// editor adapter reconstructs, so offsets agree between storage and editor.
import { BLOCK_SEPARATOR, type ArticleBlock } from './model';

export function blocksToText(blocks: readonly ArticleBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Start offset of every block in the joined plain text. */
/** The HTML heading level a heading block is shown at: its own, kept within 1–6 (2 when it has none). */
export function headingLevel(block: ArticleBlock): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, block.level ?? 2)) as 1 | 2 | 3 | 4 | 5 | 6;
}

export function blockOffsets(blocks: readonly ArticleBlock[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    offsets.push(at);
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}

/** Splits plain text on blank lines into paragraphs, trimming each. */
export function textToBlocks(text: string): ArticleBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((text) => ({ type: 'paragraph' as const, text }));
}

/** First sentence of a text, for a default title (at most `max` characters). */
export function firstSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(?=[”"’']?\s|$)/.exec(flat);
  let s = m ? m[1] : flat;
  if (s.length > max) {
    const cut = s.lastIndexOf(' ', max - 1);
    s = s.slice(0, cut > 40 ? cut : max - 1) + '…';
  }
  return s;
}

/** SHA-256 hex digest of a string (Web Crypto, async in both browser and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
