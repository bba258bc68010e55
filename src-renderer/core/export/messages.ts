// Every user-facing string of the exports (report headings, labels, CSV
// column names, ClaimReview and bundle messages), in one place for translation.
import type { ClaimStatus, HistoryAction, LinkKind, SourceKind, Stance } from '../model';

export const REPORT_TEXT = {
  unrated: 'Unrated',
  conclusionOnly: 'Conclusion',
  reportOf: 'Fact-check report',
  eventDate: 'Event date',
  generated: 'Generated',
  verdicts: 'Verdicts',
  verdictChartLabel: 'Number of claims per verdict',
  articles: 'Articles',
  article: 'Article',
  outlet: 'Outlet',
  author: 'Author',
  published: 'Published',
  url: 'URL',
  language: 'Language',
  claims: 'Claims',
  noClaims: 'No claims in this article match the report’s filters.',
  claim: 'Claim',
  quote: 'Quote',
  statement: 'Statement',
  claimant: 'Claimant',
  claimDate: 'Claim date',
  status: 'Status',
  tags: 'Tags',
  notes: 'Notes',
  verdict: 'Verdict',
  rationale: 'Rationale',
  reviewer: 'Reviewer',
  verdictDate: 'Verdict date',
  evidence: 'Evidence',
  archived: 'archived copy',
  sameClaimElsewhere: 'Same claim in',
  contradictedBy: 'Contradicting claims',
  related: 'Related claims',
  anchorNeedsReview: 'The quote of this claim needs review: the article text changed.',
  groups: 'Claims across outlets',
  groupsIntro: 'Claims marked as the same claim in several articles.',
  noGroups: 'No claim appears in more than one article.',
  contradictions: 'Contradictions',
  sources: 'Sources',
  noSources: 'No sources recorded.',
  citedBy: 'cited by claims',
  methodology: 'Methodology',
  methodologyText:
    'Each claim is quoted exactly from the article it appears in, stated in neutral terms, attributed to its claimant, checked against the sources listed and rated on the scale below. Claims marked as the same claim in several articles are rated together.',
  scale: 'Rating scale',
  freeTextScale: 'Verdicts are free-text conclusions without a rating scale.',
  corrections: 'Corrections log',
  noCorrections: 'No changes recorded after claims were created.',
  when: 'When',
  what: 'What',
  before: 'Before',
  after: 'After',
  caseLevel: 'case',
  deletedClaim: 'a claim no longer in the case',
  contents: 'Contents',
} as const;

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  open: 'Open',
  researching: 'Researching',
  drafted: 'Drafted',
  reviewed: 'Reviewed',
  published: 'Published',
};

export const STANCE_LABEL: Record<Stance, string> = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  primary: 'Primary document',
  official: 'Official statement',
  expert: 'Expert',
  data: 'Data',
  media: 'Media',
};

/** How a link reads from the claim it starts at. */
export const LINK_LABEL: Record<LinkKind, string> = {
  same: 'same claim',
  contradicts: 'contradicts',
  supports: 'supports',
  elaborates: 'elaborates',
};
/** How a supports/elaborates link reads from the claim it points to. */
export const LINK_LABEL_REVERSE: Record<'supports' | 'elaborates', string> = { supports: 'supported by', elaborates: 'elaborated by' };

export const HISTORY_ACTION_LABEL: Record<HistoryAction, string> = { create: 'Created', update: 'Changed', delete: 'Deleted' };
