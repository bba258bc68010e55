// The stylesheet inlined into HTML reports: a calm reading layout that prints
// on A4 and Letter alike (margins that fit both, page breaks before articles,
// cards kept whole) and keeps verdict colours when printed.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --rule: #d9dee3; --paper: #fff; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem; color: var(--ink); background: var(--paper);
  font: 16px/1.55 Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, nav, dl, table, .card-head, .marker, figure, .meta { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header { border-top: 4px solid var(--ink); padding-top: .9rem; margin-bottom: 2rem; }
header > .meta:first-child { margin: 0 0 .4rem; color: var(--ink); font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .1em; }
h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 .75rem; letter-spacing: -.01em; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .25rem; }
/* Inside a card and in the lists after the articles, headings read as labels, not as new sections. */
.card h4 { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .9rem 0 .2rem; }
#groups h3 { font-size: 1rem; margin-bottom: .15rem; }
#groups h3 + .meta { margin-top: 0; }
a { color: #1a5fb4; }
.summary { font-size: 1.05rem; }
.meta { color: var(--muted); font-size: .85rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: .5rem 0; font-size: .9rem; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
nav ul { list-style: none; padding-left: 0; font-size: .9rem; }
.article-text { margin: 1rem 0; }
.article-text p, .article-text li { margin: 0 0 .8rem; }
mark.claim { color: inherit; background: var(--tint); border-bottom: 2px solid var(--c); padding: 0 1px; }
mark.claim.overlap { border-bottom-style: double; border-bottom-width: 4px; }
.marker { font-size: .7rem; font-weight: 600; vertical-align: super; line-height: 0; margin: 0 1px; }
.marker a { text-decoration: none; color: var(--ink); }
.card { border: 1px solid var(--rule); border-left: 6px solid var(--c); border-radius: 4px; padding: .75rem 1rem; margin: 1rem 0; break-inside: avoid; }
.card-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; font-size: .9rem; }
.badge { font-weight: 700; }
.verdict { background: var(--tint); border: 1px solid var(--c); border-radius: 3px; padding: 0 .4rem; font-weight: 600; }
.status { color: var(--muted); }
.quote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--rule); font-style: italic; }
.warning { color: #8a4b00; font-size: .85rem; }
.rationale { font-size: .95rem; margin-top: .6rem; }
.stance { font-family: system-ui, sans-serif; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.refs { padding-left: 1.2rem; font-size: .88rem; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.refs li { margin: .15rem 0; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
table.matrix td[class^="cell-"] { text-align: center; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
table.matrix .cell-states { background: #e8f3e8; }
table.matrix .cell-denies { background: #fde7e7; }
table.matrix .cell-contradicts { background: #fdebd6; }
table.matrix .cell-omits { color: #888; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
@page { margin: 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.article h2 { font-size: 1.2rem; }
  nav { display: none; }
  section.article { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .card, tr, figure { break-inside: avoid; }
  a { color: inherit; }
  .refs a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; overflow-wrap: anywhere; }
}
`;
