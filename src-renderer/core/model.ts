// The domain model of Factmark: every object a case holds, as plain data.
// Storage, the editor, the exporters and the command-line tool all speak these
// types; nothing here knows about the DOM, React, Lexical, Dexie or Electron.

export type Id = string;
/** ISO 8601 timestamp (`2017-11-11T09:30:00.000Z`). */
export type Timestamp = string;
/** Calendar date `YYYY-MM-DD`, or '' when unknown. */
export type DateOnly = string;

export const CLAIM_STATUSES = ['open', 'researching', 'drafted', 'reviewed', 'published'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const SOURCE_KINDS = ['primary', 'official', 'expert', 'data', 'media'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STANCES = ['supports', 'refutes', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export const LINK_KINDS = ['same', 'contradicts', 'supports', 'elaborates'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** One step of a rating scale. `value` is ClaimReview's ratingValue. */
export interface Rating {
  id: Id;
  name: string;
  /** CSS colour `#rrggbb` used for highlights and charts. */
  color: string;
  value: number;
}

export type ScalePreset = 'six-step' | 'short' | 'free-text' | 'custom';

export interface RatingScale {
  preset: ScalePreset;
  name: string;
  /** Ordered as the reviewer sees them; empty for the free-text scale. */
  ratings: Rating[];
  /** ClaimReview bestRating / worstRating. */
  bestRating: number;
  worstRating: number;
}

export interface Case {
  id: Id;
  title: string;
  summary: string;
  eventDate: DateOnly;
  scale: RatingScale;
  archived: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Block-level structure of an article. Its plain text is the block texts
 *  joined by BLOCK_SEPARATOR; every claim offset counts over that string. */
export type ArticleBlockType = 'paragraph' | 'heading' | 'quote' | 'list-item';
export interface ArticleBlock {
  type: ArticleBlockType;
  /** Heading level 1–6 for headings; list nesting is flattened. */
  level?: number;
  /** Whether a list item belongs to a numbered list. */
  ordered?: boolean;
  text: string;
}

export const BLOCK_SEPARATOR = '\n\n';

export interface ImportOrigin {
  /** What the article was read from. */
  format: 'seed' | 'text' | 'markdown' | 'html' | 'docx' | 'pdf' | 'paste' | 'bundle' | 'sample';
  /** File name (or a short label for pasted content). */
  name: string;
  importedAt: Timestamp;
}

export interface Article {
  id: Id;
  caseId: Id;
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedDate: DateOnly;
  language: string;
  blocks: ArticleBlock[];
  /** Plain-text snapshot: blocks joined by BLOCK_SEPARATOR. */
  text: string;
  /** SHA-256 (hex) of `text`, used to warn on duplicate imports. */
  contentHash: string;
  origin: ImportOrigin;
  /** Position in the case's article list. */
  order: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** An article without its body: what lists, titles and case-wide views need. */
export type ArticleSummary = Omit<Article, 'blocks' | 'text'>;

/** W3C Web Annotation selectors over the article's plain text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type AnchorState = 'anchored' | 'needs-review';
export interface ClaimAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  state: AnchorState;
  /** Why the anchor needs review (quote gone, ambiguous, weak match). */
  reviewReason?: string;
}

/** Minimal rich text for verdict rationales: portable to HTML and Markdown. */
export interface RichSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}
export interface RichBlock {
  type: 'paragraph' | 'quote' | 'bullet' | 'number';
  children: RichSpan[];
}
export type RichText = RichBlock[];

export interface Verdict {
  /** Id of a rating in the case's scale; null for a free-text conclusion. */
  ratingId: Id | null;
  conclusion: string;
  rationale: RichText;
  reviewer: string;
  date: DateOnly;
}

export interface Claim {
  id: Id;
  caseId: Id;
  articleId: Id;
  anchor: ClaimAnchor;
  statement: string;
  claimant: string;
  claimDate: DateOnly;
  status: ClaimStatus;
  tags: string[];
  notes: string;
  verdict: Verdict | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Source {
  id: Id;
  caseId: Id;
  url: string;
  title: string;
  publisher: string;
  accessedDate: DateOnly;
  archivedUrl: string;
  excerpt: string;
  kind: SourceKind;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Evidence {
  id: Id;
  caseId: Id;
  claimId: Id;
  sourceId: Id;
  stance: Stance;
  note: string;
  createdAt: Timestamp;
}

export interface ClaimLink {
  id: Id;
  caseId: Id;
  fromClaimId: Id;
  toClaimId: Id;
  kind: LinkKind;
  createdAt: Timestamp;
}

export type HistoryAction = 'create' | 'update' | 'delete';
export interface HistoryEntry {
  id: Id;
  caseId: Id;
  /** The claim concerned, or null for case-level changes. */
  claimId: Id | null;
  at: Timestamp;
  reviewer: string;
  action: HistoryAction;
  /** What changed: 'verdict', 'status', 'rationale', 'claim', 'link', … */
  field: string;
  before: string;
  after: string;
}

/** A suggestion the reviewer dismissed: never proposed again for that claim. */
export interface DismissedSuggestion {
  id: Id;
  caseId: Id;
  claimId: Id;
  articleId: Id;
  start: number;
  end: number;
}

/** Everything a case holds, as exported in a bundle. */
export interface CaseContents {
  case: Case;
  articles: Article[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  links: ClaimLink[];
  history: HistoryEntry[];
  dismissed: DismissedSuggestion[];
}
