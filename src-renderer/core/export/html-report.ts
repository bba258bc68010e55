// The annotated report as one self-contained HTML file: inline styles only (no
// scripts, remote resources or fonts), articles with claims highlighted in
// verdict colours, a card per claim, claim groups, sources, methodology and the
// corrections log. Every value from the case is escaped; only http(s) links.
import type { ArticleBlock, CaseContents, RichText } from '../model';
import { blockOffsets } from '../article-text';
import { buildReportModel, safeColor, type ReportArticle, type ReportClaim, type ReportClaimRef, type ReportModel, type ReportOptions } from './report-model';
import { highlightSegments, type SpanOf } from './highlight-segments';
import { escapeHtml as esc, safeHttpUrl } from './escape';
import { richTextToHtml } from './rich-text';
import { REPORT_CSS } from './report-style';
import { HISTORY_ACTION_LABEL, LINK_LABEL, LINK_LABEL_REVERSE, REPORT_TEXT as T, SOURCE_KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from './messages';
import { verdictChartSvg } from './verdict-chart';
import { cellsInColumns } from '../case-views/matrix';

/** A lighter shade of a `#rrggbb` colour, so dark verdict colours keep text readable. */
export function tint(hex: string, strength = 0.35): string {
  const mix = (i: number) => Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * strength);
  return '#' + [1, 3, 5].map((i) => mix(i).toString(16).padStart(2, '0')).join('');
}

/** Style attribute carrying a claim's colours; `color` is always a validated `#rrggbb`. */
const colorVars = (color: string) => `style="--c:${color};--tint:${tint(color)}"`;

function link(url: string, text: string = url): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

function fields(rows: Array<[string, string]>): string {
  const shown = rows.filter(([, html]) => html !== '');
  if (shown.length === 0) return '';
  return `<dl class="fields">${shown.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function claimRef(r: ReportClaimRef): string {
  return `<a href="#${esc(r.anchorId)}">${esc(r.label)}</a> ${esc(r.outlet || r.articleTitle)}: ${esc(r.statement)}`;
}

function highlightedBlock(text: string, from: number, spans: SpanOf<ReportClaim>[]): string {
  return highlightSegments(spans, from, from + text.length)
    .map((seg) => {
      const markers = seg.starting.map((rc) => `<sup class="marker"><a href="#${rc.anchorId}">[${esc(rc.label)}]</a></sup>`).join('');
      const content = esc(text.slice(seg.start - from, seg.end - from));
      if (seg.covering.length === 0) return markers + content;
      // The innermost claim (last in outermost-first order) colours the run;
      // a double underline shows that claims overlap here.
      const top = seg.covering[seg.covering.length - 1];
      const labels = seg.covering.map((rc) => `${rc.label} ${rc.verdictName}`).join('; ');
      const cls = seg.covering.length > 1 ? 'claim overlap' : 'claim';
      return `${markers}<mark class="${cls}" ${colorVars(top.color)} title="${esc(labels)}">${content}</mark>`;
    })
    .join('');
}

function articleText(ra: ReportArticle): string {
  const { blocks, text } = ra.article;
  const offsets = blockOffsets(blocks);
  // Claims whose offsets no longer fit the text are left unhighlighted (their card says why).
  const spans = ra.claims
    .map((rc) => ({ start: rc.claim.anchor.position.start, end: rc.claim.anchor.position.end, item: rc }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const rendered = blocks.map((b, i) => ({ block: b, html: highlightedBlock(b.text, offsets[i], spans) }));
  const out: string[] = [];
  for (let i = 0; i < rendered.length; i++) {
    const { block, html } = rendered[i];
    if (block.type === 'list-item') {
      const items: string[] = [];
      const ordered = block.ordered === true;
      while (i < rendered.length && rendered[i].block.type === 'list-item' && (rendered[i].block.ordered === true) === ordered) {
        items.push(`<li>${rendered[i].html}</li>`);
        i++;
      }
      i--;
      out.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
    } else out.push(blockHtml(block, html));
  }
  return out.join('\n');
}

function blockHtml(block: ArticleBlock, html: string): string {
  if (block.type === 'heading') {
    const level = Math.min(6, Math.max(4, (block.level ?? 1) + 3));
    return `<h${level}>${html}</h${level}>`;
  }
  if (block.type === 'quote') return `<blockquote><p>${html}</p></blockquote>`;
  return `<p>${html}</p>`;
}

function rationaleHtml(rationale: RichText): string {
  return rationale.length > 0 ? `<div class="rationale">${richTextToHtml(rationale)}</div>` : '';
}

function claimCard(rc: ReportClaim): string {
  const { claim } = rc;
  const v = claim.verdict;
  const verdict = v ? `${esc(rc.verdictName)}${v.conclusion ? ` — ${esc(v.conclusion)}` : ''}` : esc(T.unrated);
  const evidence = rc.evidence.length
    ? `<h4>${esc(T.evidence)}</h4><ul class="refs">${rc.evidence
        .map((e) => {
          const archived = e.source.archivedUrl && safeHttpUrl(e.source.archivedUrl) ? ` (${link(e.source.archivedUrl, T.archived)})` : '';
          const publisher = e.source.publisher ? `, ${esc(e.source.publisher)}` : '';
          const note = e.note ? ` — ${esc(e.note)}` : '';
          return `<li><span class="stance">${esc(STANCE_LABEL[e.stance])}</span> <a href="#source-${e.sourceNumber}">[${e.sourceNumber}]</a> ${link(e.source.url, e.source.title || e.source.url)}${publisher}${archived}${note}</li>`;
        })
        .join('')}</ul>`
    : '';
  const refs = (title: string, list: string[]) => (list.length ? `<h4>${esc(title)}</h4><ul class="refs">${list.map((x) => `<li>${x}</li>`).join('')}</ul>` : '');
  return `<article class="card" id="${rc.anchorId}" ${colorVars(rc.color)}>
<div class="card-head"><span class="badge">${esc(T.claim)} ${esc(rc.label)}</span><span class="verdict">${esc(rc.verdictName)}</span><span class="status">${esc(STATUS_LABEL[claim.status])}</span></div>
<blockquote class="quote">“${esc(claim.anchor.quote.exact)}”</blockquote>
${claim.anchor.state === 'needs-review' ? `<p class="warning">${esc(T.anchorNeedsReview)}${claim.anchor.reviewReason ? ` ${esc(claim.anchor.reviewReason)}` : ''}</p>` : ''}
${fields([
  [T.statement, esc(claim.statement)],
  [T.claimant, esc(claim.claimant)],
  [T.claimDate, esc(claim.claimDate)],
  [T.tags, esc(claim.tags.join(', '))],
  [T.notes, esc(claim.notes)],
  [T.verdict, verdict],
  [T.reviewer, esc(v?.reviewer ?? '')],
  [T.verdictDate, esc(v?.date ?? '')],
])}
${rationaleHtml(rc.rationale)}
${evidence}
${refs(T.sameClaimElsewhere, rc.sameAs.map(claimRef))}
${refs(T.contradictedBy, rc.contradicts.map(claimRef))}
${refs(T.related, rc.related.map((r) => `${esc(r.direction === 'to' ? LINK_LABEL[r.kind] : LINK_LABEL_REVERSE[r.kind])} ${claimRef(r.claim)}`))}
</article>`;
}

function articleSection(ra: ReportArticle): string {
  const a = ra.article;
  return `<section class="article" id="${ra.anchorId}">
<h2>${ra.number}. ${esc(a.title || a.origin.name)}</h2>
${fields([
  [T.outlet, esc(a.outlet)],
  [T.author, esc(a.author)],
  [T.published, esc(a.publishedDate)],
  [T.url, a.url ? link(a.url) : ''],
  [T.language, esc(a.language)],
])}
<div class="article-text">
${articleText(ra)}
</div>
<h3>${esc(T.claims)}</h3>
${ra.claims.length ? ra.claims.map(claimCard).join('\n') : `<p class="meta">${esc(T.noClaims)}</p>`}
</section>`;
}

function groupsSection(m: ReportModel): string {
  const body = m.groups.length
    ? `<p>${esc(T.groupsIntro)}</p>` +
      m.groups
        .map((g) => `<h3>${g.number}. ${esc(g.statement)}</h3><p class="meta">${esc(g.verdictNames.join(' / '))}</p><ul class="refs">${g.claims.map((c) => `<li>${claimRef(c)}</li>`).join('')}</ul>`)
        .join('\n')
    : `<p class="meta">${esc(T.noGroups)}</p>`;
  const contradictions = m.contradictions.length
    ? `<h3>${esc(T.contradictions)}</h3><ul class="refs">${m.contradictions.map((c) => `<li>${claimRef(c.a)} ⟷ ${claimRef(c.b)}</li>`).join('')}</ul>`
    : '';
  return `<section id="groups"><h2>${esc(T.groups)}</h2>${body}${contradictions}</section>`;
}

function matrixSection(m: ReportModel): string {
  const { columns, rows } = m.matrix;
  if (rows.length === 0) return `<section id="matrix"><h2>${esc(T.matrix)}</h2><p class="meta">${esc(T.noMatrix)}</p></section>`;
  const head = columns.map((c, i) => `<th title="${esc(c.title)}">${i + 1}. ${esc(c.outlet || c.title)}</th>`).join('');
  const body = rows
    .map((r) => {
      const cells = cellsInColumns(r, columns)
        .map((c) => `<td class="cell-${c.kind}"${c.quote ? ` title="${esc(c.quote)}"` : ''}>${esc(T.matrixCell[c.kind])}</td>`)
        .join('');
      return `<tr><th scope="row">${esc(r.statement)}</th><td><span class="verdict" ${colorVars(safeColor(r.ratingColor))}>${esc(r.ratingName)}</span></td>${cells}</tr>`;
    })
    .join('');
  return `<section id="matrix"><h2>${esc(T.matrix)}</h2><p>${esc(T.matrixIntro)}</p><table class="matrix"><thead><tr><th>${esc(T.claim)}</th><th>${esc(T.verdict)}</th>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function sourcesSection(m: ReportModel): string {
  const items = m.sources.map(({ source: s, number, citedBy }) => {
    const parts = [link(s.url, s.title || s.url), esc(s.publisher), esc(SOURCE_KIND_LABEL[s.kind]), esc(s.accessedDate)].filter(Boolean);
    const archived = s.archivedUrl && safeHttpUrl(s.archivedUrl) ? ` (${link(s.archivedUrl, T.archived)})` : '';
    const excerpt = s.excerpt ? `<blockquote class="quote">${esc(s.excerpt)}</blockquote>` : '';
    const cited = citedBy.length ? ` <span class="meta">${esc(T.citedBy)} ${esc(citedBy.join(', '))}</span>` : '';
    return `<li id="source-${number}">${parts.join(', ')}${archived}${cited}${excerpt}</li>`;
  });
  return `<section id="sources"><h2>${esc(T.sources)}</h2>${items.length ? `<ol class="refs">${items.join('\n')}</ol>` : `<p class="meta">${esc(T.noSources)}</p>`}</section>`;
}

function methodologySection(m: ReportModel): string {
  const scale = m.scale.ratings.length
    ? `<ul class="refs">${m.scale.ratings.map((r) => `<li><span class="verdict" ${colorVars(safeColor(r.color))}>${esc(r.name)}</span> ${r.value}</li>`).join('')}</ul>`
    : `<p>${esc(T.freeTextScale)}</p>`;
  return `<section id="methodology"><h2>${esc(T.methodology)}</h2><p>${esc(T.methodologyText)}</p><h3>${esc(T.scale)}: ${esc(m.scale.name)}</h3>${scale}</section>`;
}

function correctionsSection(m: ReportModel): string {
  if (m.corrections.length === 0) return `<section id="corrections"><h2>${esc(T.corrections)}</h2><p class="meta">${esc(T.noCorrections)}</p></section>`;
  const rows = m.corrections.map(({ entry: h, claimLabel }) => {
    const concerned = h.claimId === null ? T.caseLevel : claimLabel ? `${T.claim} ${claimLabel}` : T.deletedClaim;
    return `<tr><td>${esc(h.at.slice(0, 16).replace('T', ' '))}</td><td>${esc(h.reviewer)}</td><td>${esc(HISTORY_ACTION_LABEL[h.action])} ${esc(h.field)} (${esc(concerned)})</td><td>${esc(h.before)}</td><td>${esc(h.after)}</td></tr>`;
  });
  return `<section id="corrections"><h2>${esc(T.corrections)}</h2><table><thead><tr><th>${esc(T.when)}</th><th>${esc(T.reviewer)}</th><th>${esc(T.what)}</th><th>${esc(T.before)}</th><th>${esc(T.after)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

export function renderHtmlReport(m: ReportModel): string {
  const nav = [
    [`#verdicts`, T.verdicts],
    ...m.articles.map((a) => [`#${a.anchorId}`, `${a.number}. ${a.article.title || a.article.origin.name}`]),
    ['#groups', T.groups],
    ['#matrix', T.matrix],
    ['#sources', T.sources],
    ['#methodology', T.methodology],
    ['#corrections', T.corrections],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${esc(m.title)} — ${esc(T.reportOf)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="meta">${esc(T.reportOf)}</p>
<h1>${esc(m.title)}</h1>
${m.summary ? `<p class="summary">${esc(m.summary)}</p>` : ''}
${fields([
  [T.eventDate, esc(m.eventDate)],
  [T.generated, esc(m.generatedAt ? m.generatedAt.slice(0, 10) : '')],
])}
</header>
<nav aria-label="${esc(T.contents)}"><h2>${esc(T.contents)}</h2><ul>${nav.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('')}</ul></nav>
<section id="verdicts"><h2>${esc(T.verdicts)}</h2>
<figure>${verdictChartSvg(m.verdictCounts)}</figure>
</section>
${m.articles.map(articleSection).join('\n')}
${groupsSection(m)}
${matrixSection(m)}
${sourcesSection(m)}
${methodologySection(m)}
${correctionsSection(m)}
</body>
</html>
`;
}

export function htmlReport(contents: CaseContents, options: ReportOptions): string {
  return renderHtmlReport(buildReportModel(contents, options));
}
