// News-site-like HTML pages of about 1,000 words each, made of the seed
// sentences by a seeded generator: page furniture (navigation, share bar,
// related links, footer, a script) around an <article> body.
import { escapeHtml as escape } from '../../src-renderer/core/export/escape';
import { seededRandom } from '../../src-renderer/core/testing/large-case';

export function importPages(sentences: readonly string[], count: number, words = 1_000): string[] {
  const random = seededRandom(23);
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  return Array.from({ length: count }, (_, n) => {
    const paragraphs: string[] = [];
    for (let total = 0; total < words; ) {
      const p = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join(' ');
      total += p.split(/\s+/).length;
      paragraphs.push(p);
    }
    const title = pick().slice(0, 90);
    const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/news/${n}-${i}">${escape(pick().slice(0, 60))}</a></li>`).join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | Outlet ${n % 40}</title>
<meta name="author" content="Reporter ${n % 17}"><meta property="article:published_time" content="2017-11-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00Z">
<link rel="stylesheet" href="/site.css"><script>window.analytics = { page: ${n} };</script></head>
<body><header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="byline">By Reporter ${n % 17}</p>
<div class="share-bar"><a href="#share">Share</a> <a href="#tweet">Tweet</a></div>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><aside class="related"><h2>Related</h2><ul>${related}</ul></aside></main>
<footer class="site-footer"><p>© Outlet ${n % 40}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
  });
}
