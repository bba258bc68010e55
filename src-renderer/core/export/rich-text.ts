// Verdict rationales (RichText) as HTML, Markdown and plain text. Links keep
// only http(s) targets; everything else is escaped text.
import type { RichBlock, RichSpan, RichText } from '../model';
import { escapeHtml, escapeMarkdown, safeHttpUrl } from './escape';

function spanToHtml(span: RichSpan): string {
  let html = escapeHtml(span.text);
  if (span.bold) html = `<strong>${html}</strong>`;
  if (span.italic) html = `<em>${html}</em>`;
  const href = span.link ? safeHttpUrl(span.link) : null;
  if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
  return html;
}

/** Consecutive bullet or number blocks become one list. */
function groupLists(blocks: RichText): Array<RichBlock | { list: 'ul' | 'ol'; items: RichBlock[] }> {
  const out: Array<RichBlock | { list: 'ul' | 'ol'; items: RichBlock[] }> = [];
  for (const block of blocks) {
    const list = block.type === 'bullet' ? 'ul' : block.type === 'number' ? 'ol' : null;
    const last = out[out.length - 1];
    if (list && last && 'list' in last && last.list === list) last.items.push(block);
    else if (list) out.push({ list, items: [block] });
    else out.push(block);
  }
  return out;
}

export function richTextToHtml(text: RichText): string {
  const inline = (b: RichBlock) => b.children.map(spanToHtml).join('');
  return groupLists(text)
    .map((part) => {
      if ('list' in part) return `<${part.list}>${part.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${part.list}>`;
      return part.type === 'quote' ? `<blockquote><p>${inline(part)}</p></blockquote>` : `<p>${inline(part)}</p>`;
    })
    .join('\n');
}

function spanToMarkdown(span: RichSpan): string {
  if (!span.text) return '';
  let md = escapeMarkdown(span.text);
  if (span.bold) md = `**${md}**`;
  if (span.italic) md = `*${md}*`;
  const href = span.link ? safeHttpUrl(span.link) : null;
  if (href) md = `[${md}](<${href}>)`;
  return md;
}

export function richTextToMarkdown(text: RichText): string {
  let n = 0;
  return text
    .map((block) => {
      const inline = block.children.map(spanToMarkdown).join('');
      n = block.type === 'number' ? n + 1 : 0;
      if (block.type === 'bullet') return `- ${inline}`;
      if (block.type === 'number') return `${n}. ${inline}`;
      return block.type === 'quote' ? `> ${inline}\n` : `${inline}\n`;
    })
    .join('\n')
    .trim();
}

/** Plain text: blocks on their own lines, bullets as "- ", link targets in brackets. */
export function richTextToPlain(text: RichText): string {
  let n = 0;
  return text
    .map((block) => {
      const inline = block.children.map((s) => (s.link ? `${s.text} (${s.link})` : s.text)).join('');
      n = block.type === 'number' ? n + 1 : 0;
      if (block.type === 'bullet') return `- ${inline}`;
      if (block.type === 'number') return `${n}. ${inline}`;
      return block.type === 'quote' ? `“${inline}”` : inline;
    })
    .join('\n');
}
