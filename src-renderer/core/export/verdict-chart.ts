// The verdict chart of the reports as inline SVG: one labelled bar per verdict
// with its count. No script, no external font; labels are escaped text.
import { escapeHtml as esc } from './escape';
import type { VerdictCount } from './report-model';
import { REPORT_TEXT } from './messages';

const ROW = 26;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 380;

export function verdictChartSvg(counts: readonly VerdictCount[]): string {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 50;
  const rows = counts.map((c, i) => {
    const y = 4 + i * ROW;
    const w = Math.round((c.count / max) * BAR_WIDTH);
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${esc(c.name)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${ROW - 8}" rx="2" fill="${c.color}" stroke="#5b6570" stroke-width="${c.count ? 0.5 : 0}"/>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 17}">${c.count}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(REPORT_TEXT.verdictChartLabel)}" font-family="system-ui, Arial, sans-serif" font-size="13" fill="#1d232a"><title>${esc(REPORT_TEXT.verdictChartLabel)}</title>${rows.join('')}</svg>`;
}
