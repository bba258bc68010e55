import { describe, expect, it } from 'vitest';
import { createNodeImportDeps } from '../../cli/node-import-deps';
import { blocksToText } from '../article-text';
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom-types';
import { htmlToBlocks } from './html-blocks';
import { importHtmlPage } from './html-import';
import { NEWS_PAGE_CLUTTER, NEWS_PAGE_META, newsPage } from './fixtures/news-page';
import { seedParagraphs } from './fixtures/files';

const deps = createNodeImportDeps();

function blocksOf(html: string) {
  return htmlToBlocks(deps.sanitizeHtml(html));
}

describe('importHtmlPage on a saved news page', () => {
  const paragraphs = seedParagraphs(1);
  const result = importHtmlPage(newsPage(paragraphs), 'trump-putin.html', deps);
  if (!result.ok) throw new Error(result.message);
  const draft = result.drafts[0];
  const text = blocksToText(draft.blocks);

  it('takes title, author, outlet, date, canonical URL and language from the page', () => {
    expect(draft).toMatchObject({ ...NEWS_PAGE_META, format: 'html', sourceName: 'trump-putin.html' });
  });

  it('keeps every paragraph of the article, the quote and the subheading', () => {
    for (const p of paragraphs) expect(text).toContain(p.replace(/\s+/g, ' '));
    expect(draft.blocks).toContainEqual({ type: 'quote', text: paragraphs[2] });
    expect(draft.blocks.some((b) => b.type === 'heading' && b.text === 'What the Kremlin said')).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('leaves out navigation, adverts, the cookie banner, forms, trackers and scripts', () => {
    for (const clutter of NEWS_PAGE_CLUTTER) expect(text).not.toContain(clutter);
    expect(text).not.toMatch(/example\.(com|org)|<|window\./);
  });

  it('does not repeat the headline as the first block', () => {
    expect(draft.blocks[0].text).not.toBe(NEWS_PAGE_META.title);
  });

  it('drops the byline from the body although the head names the author', () => {
    expect(text).not.toContain(`By ${NEWS_PAGE_META.author}`);
  });
});

describe('article detection on the page as saved', () => {
  const [first, second, third, fourth] = seedParagraphs(1);
  const page = (htmlAttributes: string, article: string) =>
    `<html ${htmlAttributes}><head><title>T</title></head><body><nav><p>Menu</p></nav><article>${article}</article></body></html>`;
  const textOf = (html: string) => {
    const result = importHtmlPage(html, 'page.html', deps);
    return result.ok ? { text: blocksToText(result.drafts[0].blocks), warnings: result.warnings } : null;
  };

  it('keeps what the page hides until a script shows it', () => {
    const html = page('lang="en"', `<p>${first}</p><div style="display:none"><p>${second}</p></div><p hidden>${third}</p><div role="dialog" aria-modal="true" aria-hidden="true"><p>${fourth}</p></div>`);
    expect(textOf(html)).toEqual({ text: [first, second, third, fourth].join('\n\n'), warnings: [] });
  });

  it('finds the article although the <html> element has a class of page furniture', () => {
    const html = page('class="light sidebar-visible"', `<p>${first}</p><p>${second}</p>`).replace('<body>', '<body><div id="help-popup"><h2>Keyboard shortcuts</h2><div><p>Press ? to show this help</p></div></div>');
    expect(textOf(html)).toEqual({ text: [first, second].join('\n\n'), warnings: [] });
  });
});

describe('metadata fallbacks', () => {
  it('reads Open Graph and meta tags when there is no JSON-LD, and drops the outlet from the title', () => {
    const html = `<html lang="de"><head><title>Gipfel in Vietnam – Zeitung</title><meta property="og:site_name" content="Zeitung">
      <meta name="author" content="By Max Muster"><meta property="article:published_time" content="Nov 11, 2017">
      <meta property="og:url" content="https://zeitung.example/gipfel"></head><body><p>Text des Artikels.</p></body></html>`;
    const result = importHtmlPage(html, 'z.html', deps);
    expect(result.ok && result.drafts[0]).toMatchObject({
      title: 'Gipfel in Vietnam',
      author: 'Max Muster',
      outlet: 'Zeitung',
      publishedDate: '2017-11-11',
      url: 'https://zeitung.example/gipfel',
      language: 'de',
    });
  });

  it('ignores broken JSON-LD and unsafe URLs, and titles by the first sentence when nothing names it', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script>
      <link rel="canonical" href="javascript:alert(1)"></head><body><p>The summit ended. Leaders left.</p></body></html>`;
    const result = importHtmlPage(html, 'x.html', deps);
    expect(result.ok && result.drafts[0]).toMatchObject({ title: 'The summit ended.', url: '', author: '', publishedDate: '' });
  });

  it('drops cookie notices even from a page too short for article detection', () => {
    const result = importHtmlPage('<html><body><div>Short note.</div><div class="cookie-notice">We use cookies.</div></body></html>', 'n.html', deps);
    expect(result.ok && result.drafts[0].blocks).toEqual([{ type: 'paragraph', text: 'Short note.' }]);
  });
});

describe('htmlToBlocks', () => {
  it('keeps headings with levels, paragraphs, quotes and numbered and bulleted items, link text as text', () => {
    const blocks = blocksOf(`<h3>Sub <em>head</em></h3><p>A <a href="https://x.example">linked</a> word.</p>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <ol><li>First</li><li>Second<ul><li>Nested</li></ul></li></ol><ul><li>Bullet</li></ul>`);
    expect(blocks).toEqual([
      { type: 'heading', level: 3, text: 'Sub head' },
      { type: 'paragraph', text: 'A linked word.' },
      { type: 'quote', text: 'Quoted one.' },
      { type: 'quote', text: 'Quoted two.' },
      { type: 'list-item', ordered: true, text: 'First' },
      { type: 'list-item', ordered: true, text: 'Second' },
      { type: 'list-item', ordered: false, text: 'Nested' },
      { type: 'list-item', ordered: false, text: 'Bullet' },
    ]);
  });

  it('splits paragraphs on double line breaks and joins single ones', () => {
    expect(blocksOf('<div>One<br>still one<br><br>Two&nbsp;&nbsp;spaced</div>').map((b) => b.text)).toEqual(['One still one', 'Two spaced']);
  });

  it('walks nesting deep enough to overflow a recursive walk', () => {
    // Built by hand: jsdom itself takes quadratic time to parse markup this deep.
    let node: DomNode = { nodeType: TEXT_NODE, nodeName: '#text', textContent: 'deep text', childNodes: [] };
    for (let i = 0; i < 100000; i++) {
      node = { nodeType: ELEMENT_NODE, nodeName: 'DIV', textContent: null, childNodes: [node], getAttribute: () => null, remove: () => {}, querySelectorAll: () => [] } as DomElement;
    }
    expect(htmlToBlocks(node)).toEqual([{ type: 'paragraph', text: 'deep text' }]);
  });

  it('takes the whole page, with a warning, when nesting is too deep for article detection', () => {
    const started = Date.now();
    const result = importHtmlPage('<div>'.repeat(600) + 'deep text' + '</div>'.repeat(600), 'deep.html', deps);
    expect(result.ok && result.drafts[0].blocks).toEqual([{ type: 'paragraph', text: 'deep text' }]);
    expect(result.ok && result.warnings.join(' ')).toMatch(/whole page/);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
