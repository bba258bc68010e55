// The claims table as CSV: one row per claim with every field, RFC 4180 quoting
// and CRLF line ends, an optional UTF-8 byte-order mark (Excel needs it to read
// UTF-8), and protection against formula injection.
import type { CaseContents, ClaimStatus, Id } from '../model';
import { findRating } from '../rating-scales';
import { richTextToPlain } from './rich-text';
import { CSV_COLUMNS } from './messages';

export interface ClaimsCsvOptions {
  articleIds?: readonly Id[];
  statuses?: readonly ClaimStatus[];
  /** Start with a UTF-8 byte-order mark. */
  bom?: boolean;
}

type Column = keyof typeof CSV_COLUMNS;
type Cell = string | number;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return)
 * as a formula, so a hostile quote such as `=HYPERLINK("http://evil", "x")` in an
 * imported article could run when a reviewer opens the CSV. Following OWASP's
 * "CSV Injection" advice, such text cells get a leading apostrophe, which
 * spreadsheets treat as "this is text" and do not display. Numbers are left alone.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a quote, comma or line break; double its quotes. */
export function csvField(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function claimsCsv(contents: CaseContents, options: ClaimsCsvOptions = {}): string {
  const { scale } = contents.case;
  const articles = [...contents.articles].sort((a, b) => a.order - b.order).filter((a) => !options.articleIds || options.articleIds.includes(a.id));
  const statuses = options.statuses ? new Set(options.statuses) : null;
  const rows: Cell[][] = [Object.values(CSV_COLUMNS)];
  for (const article of articles) {
    const claims = contents.claims
      .filter((c) => c.articleId === article.id && (!statuses || statuses.has(c.status)))
      .sort((a, b) => a.anchor.position.start - b.anchor.position.start || b.anchor.position.end - a.anchor.position.end);
    for (const c of claims) {
      const v = c.verdict;
      const rating = findRating(scale, v?.ratingId);
      const row: Record<Column, Cell> = {
        claimId: c.id,
        articleId: article.id,
        articleTitle: article.title,
        outlet: article.outlet,
        articleUrl: article.url,
        exact: c.anchor.quote.exact,
        prefix: c.anchor.quote.prefix,
        suffix: c.anchor.quote.suffix,
        start: c.anchor.position.start,
        end: c.anchor.position.end,
        statement: c.statement,
        claimant: c.claimant,
        claimDate: c.claimDate,
        status: c.status,
        tags: c.tags.join('; '),
        notes: c.notes,
        ratingName: rating?.name ?? '',
        ratingValue: rating?.value ?? '',
        conclusion: v?.conclusion ?? '',
        rationale: v ? richTextToPlain(v.rationale) : '',
        reviewer: v?.reviewer ?? '',
        verdictDate: v?.date ?? '',
        evidenceCount: contents.evidence.filter((e) => e.claimId === c.id).length,
        linkCount: contents.links.filter((l) => l.fromClaimId === c.id || l.toClaimId === c.id).length,
        anchorState: c.anchor.state,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
      rows.push((Object.keys(CSV_COLUMNS) as Column[]).map((k) => row[k]));
    }
  }
  return (options.bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
