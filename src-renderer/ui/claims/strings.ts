// User-facing strings of the Claims table.
import type { ClaimStatus } from '../../core/model';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  open: 'Open',
  researching: 'Researching',
  drafted: 'Drafted',
  reviewed: 'Reviewed',
  published: 'Published',
};

// One formatter for the count shown on every render of the table (toLocaleString builds one per call).
const counts = new Intl.NumberFormat();

export const T = {
  title: 'Claims',
  search: 'Search claims and article text',
  searchPlaceholder: 'Search claims and article text (/)',
  filters: 'Filters',
  any: 'Any',
  verdict: 'Verdict',
  status: 'Status',
  claimant: 'Claimant',
  article: 'Article',
  tag: 'Tag',
  notRated: 'Not rated',
  noClaimant: 'No claimant',
  clearFilters: 'Clear filters',
  count: (shown: number, total: number) => `${counts.format(shown)} of ${counts.format(total)} claims`,
  columns: {
    article: 'Article',
    quote: 'Quote',
    claimant: 'Claimant',
    status: 'Status',
    verdict: 'Verdict',
    evidence: 'Evidence',
    links: 'Links',
    updated: 'Last change',
  },
  gridLabel: 'Claims of this case. Arrow keys move, Enter opens the claim in its article.',
  inArticle: 'In the article:',
  needsReview: 'Needs review',
  empty: 'No claims yet. Open the Articles view, select a statement in an article and press Mark claim.',
  goToArticles: 'Go to Articles',
  noMatch: 'No claim matches these filters and search.',
  searchFailed: (why: string) => `Search failed: ${why}`,
} as const;
