// What each export format writes: one call from the dialog's choices to a file
// name, its data and MIME type, and the writer's warnings. Pure; the dialog
// only saves (or prints) what this returns.
import type { CaseContents, ClaimStatus, Id } from '../../core/model';
import type { PageSize } from '../../host/host';
import { htmlReport } from '../../core/export/html-report';
import { markdownReport } from '../../core/export/markdown-report';
import { claimsCsv } from '../../core/export/claims-csv';
import { claimReviews } from '../../core/export/claimreview';
import { webAnnotationJson } from '../../core/export/web-annotation';
import { writeBundle } from '../../core/export/bundle';
import { exportFileName } from '../../core/export/file-name';

export const EXPORT_FORMATS = ['html', 'pdf', 'markdown', 'csv', 'claimreview', 'webannotation', 'bundle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `.factmark` is the extension the desktop app opens from the OS. */
export const CASE_FILE_EXTENSION = 'factmark';

const EXTENSION: Record<ExportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  markdown: 'md',
  csv: 'csv',
  claimreview: 'claimreview.json',
  webannotation: 'annotations.jsonld',
  bundle: CASE_FILE_EXTENSION,
};

const MIME: Record<ExportFormat, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  markdown: 'text/markdown',
  csv: 'text/csv',
  claimreview: 'application/ld+json',
  webannotation: 'application/ld+json',
  bundle: 'application/json',
};

/** Which formats the article, status and rationale choices apply to. */
export const USES_ARTICLES: ReadonlySet<ExportFormat> = new Set(['html', 'pdf', 'markdown', 'csv', 'webannotation']);
export const USES_STATUSES: ReadonlySet<ExportFormat> = new Set(['html', 'pdf', 'markdown', 'csv', 'claimreview', 'webannotation']);
export const USES_RATIONALES: ReadonlySet<ExportFormat> = new Set(['html', 'pdf', 'markdown']);

export interface ExportChoices {
  articleIds: readonly Id[];
  statuses: readonly ClaimStatus[];
  includeRationales: boolean;
  pageSize: PageSize;
  bom: boolean;
  orgName: string;
  orgUrl: string;
  reviewUrl: string;
}

export interface ExportFile {
  name: string;
  /** For 'pdf', the HTML report to print. */
  data: string;
  mime: string;
  warnings: string[];
}

export function claimReviewOf(contents: CaseContents, c: Pick<ExportChoices, 'statuses' | 'orgName' | 'orgUrl' | 'reviewUrl'>) {
  return claimReviews(contents, {
    reviewUrl: c.reviewUrl.trim(),
    organization: { name: c.orgName.trim(), url: c.orgUrl.trim() || undefined },
    statuses: c.statuses,
  });
}

export function buildExport(format: ExportFormat, contents: CaseContents, c: ExportChoices, now: Date): ExportFile {
  const generatedAt = now.toISOString();
  const filter = { articleIds: c.articleIds, statuses: c.statuses };
  const file = (data: string, warnings: string[] = []): ExportFile => ({
    name: exportFileName(contents.case.title, now, EXTENSION[format]),
    data,
    mime: MIME[format],
    warnings,
  });
  switch (format) {
    case 'html':
    case 'pdf':
      return file(htmlReport(contents, { ...filter, includeRationales: c.includeRationales, generatedAt }));
    case 'markdown':
      return file(markdownReport(contents, { ...filter, includeRationales: c.includeRationales, generatedAt }));
    case 'csv':
      return file(claimsCsv(contents, { ...filter, bom: c.bom }));
    case 'claimreview': {
      const result = claimReviewOf(contents, c);
      return file(result.json, result.warnings);
    }
    case 'webannotation':
      return file(webAnnotationJson(contents, filter));
    case 'bundle':
      return file(writeBundle(contents, generatedAt));
  }
}
