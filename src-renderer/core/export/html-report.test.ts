import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseContents } from '../model';
import { buildSeedCase } from '../testing/seed-case';
import { readSeedTexts } from '../testing/seed-texts.node';
import { hostileCase, HOSTILE } from '../testing/hostile-case';
import { htmlReport, tint } from './html-report';

let seed: CaseContents;
beforeAll(async () => {
  seed = await buildSeedCase(readSeedTexts());
});

const parse = (html: string) => parseHTML(html).document;
const ALLOWED_TAGS = new Set('html head meta title style body header nav h1 h2 h3 h4 h5 h6 p ol ul li a section figure svg text rect article div span dl dt dd blockquote sup mark strong em table thead tbody tr th td'.split(' '));

describe('htmlReport', () => {
  it('renders the seed case with highlights in verdict colours, numbered markers and a card per claim', () => {
    const html = htmlReport(seed, { includeRationales: true, generatedAt: '2026-12-01T08:00:00.000Z' });
    const doc = parse(html);
    expect(doc.querySelector('h1')!.textContent).toBe('Putin–Trump APEC');
    expect(doc.querySelectorAll('article.card')).toHaveLength(10);
    const marks = [...doc.querySelectorAll('mark.claim')];
    const denial = marks.find((m) => m.textContent === 'He said he as absolutely did not meddle in our election')!;
    // Half true on the six-step scale is #f9a825.
    expect(denial.getAttribute('style')).toBe(`--c:#f9a825;--tint:${tint('#f9a825')}`);
    // The Kremlin's statement has no verdict yet: neutral colour.
    expect(marks.find((m) => m.textContent!.startsWith('President Trump and Russian President'))!.getAttribute('style')).toContain('--c:#ffe58f');
    // The marker precedes its claim and links to its card.
    const marker = doc.querySelector('a[href="#claim-claim-denial-000"]')!;
    expect(marker.textContent).toBe('[1.1]');
    expect(doc.getElementById('claim-claim-denial-000')!.textContent).toContain('Putin has denied meddling in public');
    // Verdict chart: one bar per rating plus Unrated, with counts.
    const svgTexts = [...doc.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(svgTexts).toContain('Half true');
    expect(svgTexts).toContain('Unrated');
    expect(html).toContain('126 million');
    expect(doc.querySelector('#groups')!.textContent).toContain('Putin told Trump again at APEC');
    expect(doc.querySelector('#corrections')!.textContent).toContain('Mostly true');
    expect(doc.querySelectorAll('#sources li')).toHaveLength(3);
  });

  it('shows who reported what: the denial stated by two outlets, and what contradicts it', () => {
    const doc = parse(htmlReport(seed, { includeRationales: false }));
    const rows = [...doc.querySelectorAll('#matrix table.matrix tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    const cellsOf = (row: Element) => [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent);
    const denial = rows.find((r) => cellsOf(r).filter((c) => c === 'States').length >= 2);
    expect(denial, 'a group stated in two articles').toBeDefined();
    expect(rows.some((r) => cellsOf(r).includes('Contradicts'))).toBe(true);
    expect(doc.querySelectorAll('#matrix thead th')).toHaveLength(2 + seed.articles.length);
  });

  it('splits nested and overlapping claims into segments without losing text', () => {
    const doc = parse(htmlReport(seed, { includeRationales: false }));
    const article2 = doc.getElementById('article-2')!.querySelector('.article-text')!;
    for (const marker of article2.querySelectorAll('sup.marker')) marker.remove();
    expect(article2.textContent).toContain('Russia hacked into DNC servers and posted fake ads on American social media companies');
    const overlap = [...article2.querySelectorAll('mark.overlap')].map((m) => m.textContent);
    // "posted fake ads" lies in both the DNC claim and the reach claim; the 126 million figure is nested in the reach claim.
    expect(overlap).toContain('posted fake ads');
    expect(overlap).toContain('126 million Americans through Facebook');
    const paragraphs = [...article2.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs.join('\n\n')).toBe(seed.articles[1].text);
  });

  it('filters by article and status and can leave rationales out', () => {
    const html = htmlReport(seed, { articleIds: ['article-002'], statuses: ['published'], includeRationales: false });
    const doc = parse(html);
    expect(doc.querySelectorAll('section.article')).toHaveLength(1);
    expect(doc.querySelectorAll('article.card')).toHaveLength(2);
    expect(doc.querySelector('.rationale')).toBeNull();
    expect(htmlReport(seed, { includeRationales: true })).toContain('class="rationale"');
  });

  it('emits nothing active when every field is hostile', () => {
    const html = htmlReport(hostileCase(seed), { includeRationales: true });
    const doc = parse(html);
    for (const el of doc.querySelectorAll('*')) {
      expect(ALLOWED_TAGS.has(el.tagName.toLowerCase()), el.tagName).toBe(true);
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), attr.name).toBe(false);
        if (attr.name === 'href') expect(attr.value).toMatch(/^(#|https?:\/\/)/);
        if (attr.name === 'style') expect(attr.value).toMatch(/^--c:#[0-9a-f]{6};--tint:#[0-9a-f]{6}$/i);
        expect(attr.value).not.toMatch(/javascript:/i);
      }
    }
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link')).toHaveLength(0);
    expect(html).not.toContain('evil.example');
    // The hostile text is shown as text.
    expect(doc.body.textContent).toContain(HOSTILE);
  });
});
