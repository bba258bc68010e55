// The annotated report as Markdown: the same sections as the HTML report, with
// claim markers like **[1.2]** in the article text. Case content is escaped so
// it shows as literal text; links are kept only for http(s) URLs.
import type { CaseContents } from '../model';
import { blockOffsets } from '../article-text';
import { buildReportModel, type ReportArticle, type ReportClaim, type ReportClaimRef, type ReportModel, type ReportOptions } from './report-model';
import { highlightSegments } from './highlight-segments';
import { escapeMarkdown as md, safeHttpUrl } from './escape';
import { richTextToMarkdown } from './rich-text';
import { HISTORY_ACTION_LABEL, LINK_LABEL, LINK_LABEL_REVERSE, REPORT_TEXT as T, SOURCE_KIND_LABEL, STANCE_LABEL, STATUS_LABEL } from './messages';
import { cellsInColumns } from '../case-views/matrix';

function link(url: string, text: string = url): string {
  const href = safeHttpUrl(url);
  return href ? `[${md(text)}](<${href}>)` : md(text);
}

function field(name: string, value: string): string[] {
  return value ? [`- **${md(name)}:** ${value}`] : [];
}

const ref = (r: ReportClaimRef) => `**${r.label}** ${md(r.outlet || r.articleTitle)}: ${md(r.statement)}`;

function articleText(ra: ReportArticle): string[] {
  const offsets = blockOffsets(ra.article.blocks);
  const spans = ra.claims.map((rc) => ({ start: rc.claim.anchor.position.start, end: rc.claim.anchor.position.end, item: rc }));
  return ra.article.blocks.map((b, i) => {
    const text = highlightSegments(spans, offsets[i], offsets[i] + b.text.length)
      .map((seg) => seg.starting.map((rc) => `**[${rc.label}]** `).join('') + md(b.text.slice(seg.start - offsets[i], seg.end - offsets[i])))
      .join('');
    return `> ${text}\n>`;
  });
}

function claimSection(rc: ReportClaim): string[] {
  const { claim } = rc;
  const v = claim.verdict;
  const lines = [
    `#### ${rc.label} · ${md(rc.verdictName)} · ${md(STATUS_LABEL[claim.status])}`,
    '',
    `> ${md(claim.anchor.quote.exact)}`,
    '',
    ...(claim.anchor.state === 'needs-review' ? [`*${md(T.anchorNeedsReview)}${claim.anchor.reviewReason ? ' ' + md(claim.anchor.reviewReason) : ''}*`, ''] : []),
    ...field(T.statement, md(claim.statement)),
    ...field(T.claimant, md(claim.claimant)),
    ...field(T.claimDate, md(claim.claimDate)),
    ...field(T.tags, md(claim.tags.join(', '))),
    ...field(T.notes, md(claim.notes)),
    ...field(T.verdict, v ? `${md(rc.verdictName)}${v.conclusion ? ` — ${md(v.conclusion)}` : ''}` : ''),
    ...field(T.reviewer, md(v?.reviewer ?? '')),
    ...field(T.verdictDate, md(v?.date ?? '')),
  ];
  if (rc.rationale.length) lines.push('', `**${T.rationale}**`, '', richTextToMarkdown(rc.rationale));
  const list = (title: string, items: string[]) => (items.length ? ['', `**${md(title)}**`, '', ...items.map((x) => `- ${x}`)] : []);
  lines.push(
    ...list(
      T.evidence,
      rc.evidence.map((e) => {
        const archived = safeHttpUrl(e.source.archivedUrl) ? ` (${link(e.source.archivedUrl, T.archived)})` : '';
        return `${STANCE_LABEL[e.stance]}: [${e.sourceNumber}] ${link(e.source.url, e.source.title || e.source.url)}${e.source.publisher ? `, ${md(e.source.publisher)}` : ''}${archived}${e.note ? ` — ${md(e.note)}` : ''}`;
      }),
    ),
    ...list(T.sameClaimElsewhere, rc.sameAs.map(ref)),
    ...list(T.contradictedBy, rc.contradicts.map(ref)),
    ...list(T.related, rc.related.map((r) => `${r.direction === 'to' ? LINK_LABEL[r.kind] : LINK_LABEL_REVERSE[r.kind]} ${ref(r.claim)}`)),
    '',
  );
  return lines;
}

function articleSection(ra: ReportArticle): string[] {
  const a = ra.article;
  return [
    `## ${ra.number}. ${md(a.title || a.origin.name)}`,
    '',
    ...field(T.outlet, md(a.outlet)),
    ...field(T.author, md(a.author)),
    ...field(T.published, md(a.publishedDate)),
    ...field(T.url, a.url ? link(a.url) : ''),
    '',
    ...articleText(ra),
    '',
    `### ${T.claims}`,
    '',
    ...(ra.claims.length ? ra.claims.flatMap(claimSection) : [`*${T.noClaims}*`, '']),
  ];
}

const cell = (s: string) => md(s) || ' ';

export function renderMarkdownReport(m: ReportModel): string {
  const lines = [
    `# ${md(m.title)}`,
    '',
    ...(m.summary ? [md(m.summary), ''] : []),
    ...field(T.eventDate, md(m.eventDate)),
    ...field(T.generated, md(m.generatedAt?.slice(0, 10) ?? '')),
    '',
    `## ${T.verdicts}`,
    '',
    `| ${T.verdict} | ${T.claims} |`,
    '| --- | ---: |',
    ...m.verdictCounts.map((c) => `| ${cell(c.name)} | ${c.count} |`),
    '',
    ...m.articles.flatMap(articleSection),
    `## ${T.groups}`,
    '',
  ];
  if (m.groups.length === 0) lines.push(`*${T.noGroups}*`, '');
  for (const g of m.groups) lines.push(`### ${g.number}. ${md(g.statement)}`, '', `*${md(g.verdictNames.join(' / '))}*`, '', ...g.claims.map((c) => `- ${ref(c)}`), '');
  if (m.contradictions.length) lines.push(`### ${T.contradictions}`, '', ...m.contradictions.map((c) => `- ${ref(c.a)} ⟷ ${ref(c.b)}`), '');
  lines.push(`## ${T.matrix}`, '');
  if (m.matrix.rows.length === 0) lines.push(`*${T.noMatrix}*`, '');
  else {
    const cols = m.matrix.columns;
    lines.push(
      md(T.matrixIntro),
      '',
      `| ${T.claim} | ${T.verdict} | ${cols.map((c, i) => `${i + 1}. ${cell(c.outlet || c.title)}`).join(' | ')} |`,
      `| --- | --- | ${cols.map(() => '---').join(' | ')} |`,
      ...m.matrix.rows.map((r) => `| ${cell(r.statement)} | ${cell(r.ratingName)} | ${cellsInColumns(r, cols).map((c) => T.matrixCell[c.kind]).join(' | ')} |`),
      '',
    );
  }
  lines.push(`## ${T.sources}`, '');
  if (m.sources.length === 0) lines.push(`*${T.noSources}*`);
  for (const { source: s, number, citedBy } of m.sources) {
    const parts = [link(s.url, s.title || s.url), md(s.publisher), SOURCE_KIND_LABEL[s.kind], md(s.accessedDate)].filter(Boolean);
    const archived = safeHttpUrl(s.archivedUrl) ? ` (${link(s.archivedUrl, T.archived)})` : '';
    lines.push(`${number}. ${parts.join(', ')}${archived}${citedBy.length ? ` — ${T.citedBy} ${citedBy.join(', ')}` : ''}`);
  }
  lines.push('', `## ${T.methodology}`, '', T.methodologyText, '', `**${T.scale}:** ${md(m.scale.name)}`, '');
  if (m.scale.ratings.length) lines.push(...m.scale.ratings.map((r) => `- ${md(r.name)} (${r.value})`));
  else lines.push(T.freeTextScale);
  lines.push('', `## ${T.corrections}`, '');
  if (m.corrections.length === 0) lines.push(`*${T.noCorrections}*`);
  else {
    lines.push(`| ${T.when} | ${T.reviewer} | ${T.what} | ${T.before} | ${T.after} |`, '| --- | --- | --- | --- | --- |');
    for (const { entry: h, claimLabel } of m.corrections) {
      const concerned = h.claimId === null ? T.caseLevel : claimLabel ? `${T.claim} ${claimLabel}` : T.deletedClaim;
      lines.push(`| ${h.at.slice(0, 16).replace('T', ' ')} | ${cell(h.reviewer)} | ${HISTORY_ACTION_LABEL[h.action]} ${cell(h.field)} (${concerned}) | ${cell(h.before)} | ${cell(h.after)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

export function markdownReport(contents: CaseContents, options: ReportOptions): string {
  return renderMarkdownReport(buildReportModel(contents, options));
}
