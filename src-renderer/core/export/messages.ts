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
  matrix: 'Who reported what',
  matrixIntro: 'Each row is a claim reported by several outlets or contradicted by one; each column an article. States: the article makes the claim; Denies: it makes it in the negative; Contradicts: one of its claims is linked as contradicting it; — : it does not report it.',
  noMatrix: 'No claim appears in more than one article or is contradicted.',
  matrixCell: { states: 'States', denies: 'Denies', contradicts: 'Contradicts', omits: '—' } as const,
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

/** Header row of the claims CSV, in column order. */
export const CSV_COLUMNS = {
  claimId: 'claim_id',
  articleId: 'article_id',
  articleTitle: 'article_title',
  outlet: 'article_outlet',
  articleUrl: 'article_url',
  exact: 'quote_exact',
  prefix: 'quote_prefix',
  suffix: 'quote_suffix',
  start: 'start',
  end: 'end',
  statement: 'statement',
  claimant: 'claimant',
  claimDate: 'claim_date',
  status: 'status',
  tags: 'tags',
  notes: 'notes',
  ratingName: 'rating_name',
  ratingValue: 'rating_value',
  conclusion: 'conclusion',
  rationale: 'rationale',
  reviewer: 'reviewer',
  verdictDate: 'verdict_date',
  evidenceCount: 'evidence_count',
  linkCount: 'link_count',
  anchorState: 'anchor_state',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

export const CLAIMREVIEW_WARNINGS = {
  noOrganization: 'No fact-checking organisation name is set: ClaimReview "author" is left out.',
  noReviewUrl: 'No review URL is set: ClaimReview "url" is left out.',
  noVerdictDate: (label: string) => `Claim ${label} has no verdict date: "datePublished" is left out.`,
  noClaimant: (label: string) => `Claim ${label} has no claimant: the claim's "author" is left out.`,
  noClaimDate: (label: string) => `Claim ${label} has no claim date: the claim's "datePublished" is left out.`,
  noRatingValue: (label: string) => `Claim ${label} has a free-text conclusion without a rating: "ratingValue" is left out.`,
  noRating: (label: string) => `Claim ${label} has neither a rating nor a conclusion: "reviewRating" is left out.`,
  mixedVerdicts: (label: string, others: string) => `Claims ${label} and ${others} are the same claim but have different verdicts: the verdict of ${label} is used.`,
  noVerdicts: 'No claim has a verdict: there is nothing to publish as ClaimReview.',
} as const;

export const ANNOTATION_IMPORT_REASONS = {
  notJson: 'The file is not valid JSON.',
  noAnnotations: 'The file holds no annotation, annotation page or collection.',
  pageByAddress: 'The collection names its pages only by address; export them embedded.',
  itemByAddress: 'The annotation is given only by its address, not its content.',
  notAnnotation: 'The item is not an annotation.',
  noTextSelector: 'The target has no TextQuoteSelector or TextPositionSelector.',
  positionOnly: 'The target gives only a position and names no article of the case.',
  positionOutside: 'The target position lies outside the article text.',
  noArticle: 'The quote was not found in any article of the case.',
  severalArticles: 'The quote matches several articles equally well.',
  locate: (reason: string) => `The quote could not be placed: ${reason}`,
  linkTargets: 'A linked claim could not be placed, so the link was not made.',
  linkRelation: (value: string) => `The link's relation “${value}” is not one Factmark knows (same claim, contradicts, supports, elaborates).`,
  fuzzy: (score: number) => `The quote matched only approximately (score ${score.toFixed(2)}).`,
} as const;

export const BUNDLE_MESSAGES = {
  tooLarge: (mb: number) => `The file is larger than ${mb} MB; Factmark does not open bundles that big.`,
  notJson: 'The file is not a Factmark bundle: it is not valid JSON.',
  notBundle: 'The file is not a Factmark bundle (no "format": "factmark-case" or "factmark-backup").',
  newer: (version: number) => `This file was made by a newer Factmark (version ${version}); update the app to open it.`,
  badVersion: 'The file has no valid bundle version.',
  invalid: (path: string, problem: string) => `The bundle is damaged at ${path}: ${problem}`,
  isBackup: 'This file is a backup of all cases, not a single case: restore it as a backup.',
  isCase: 'This file is a single case, not a backup of all cases: import it as a case.',
  duplicateId: (path: string, id: string) => `The bundle is damaged at ${path}: the id “${id}” is used twice.`,
  otherCase: (path: string) => `The bundle is damaged at ${path}: it belongs to another case.`,
  missingRef: (path: string, id: string) => `The bundle is damaged at ${path}: it refers to “${id}”, which is not in the bundle.`,
  anchorOutside: (path: string) => `The bundle is damaged at ${path}: the claim's position lies outside its article's text.`,
  unknownRating: (path: string, id: string) => `The bundle is damaged at ${path}: the rating “${id}” is not in the case's scale.`,
} as const;
