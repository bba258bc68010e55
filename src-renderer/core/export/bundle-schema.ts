// The zod schema of a case bundle: every object of model.ts, strict (unknown
// keys are refused) and with size caps, so a damaged or hostile file is
// rejected before anything is stored. Compile-time checks below fail the build
// when model.ts gains a field this schema does not know.
import { z } from 'zod';
import {
  CLAIM_STATUSES,
  LINK_KINDS,
  SOURCE_KINDS,
  STANCES,
  type Article,
  type Case,
  type CaseContents,
  type Claim,
  type ClaimAnchor,
  type ClaimLink,
  type DismissedSuggestion,
  type Evidence,
  type HistoryEntry,
  type RatingScale,
  type RichText,
  type Source,
  type Verdict,
} from '../model';

export const BUNDLE_VERSION = 1;
/** Largest bundle text read at all (a backup of many cases included). */
export const MAX_BUNDLE_CHARS = 256 * 1024 * 1024;

const LIMIT = {
  id: 200,
  short: 2_000,
  url: 8_192,
  long: 200_000,
  articleText: 5_000_000,
  many: 100_000,
} as const;

const id = z.string().min(1).max(LIMIT.id);
const short = z.string().max(LIMIT.short);
const long = z.string().max(LIMIT.long);
const url = z.string().max(LIMIT.url);
const timestamp = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO timestamp');
const dateOnly = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date YYYY-MM-DD or nothing');
const offset = z.number().int().nonnegative();
const list = <T extends z.ZodType>(item: T, max: number = LIMIT.many) => z.array(item).max(max);

const rating = z.strictObject({ id, name: short, color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb'), value: z.number() });
const scale = z.strictObject({
  preset: z.enum(['six-step', 'short', 'free-text', 'custom']),
  name: short,
  ratings: list(rating, 100),
  bestRating: z.number(),
  worstRating: z.number(),
});

const caseSchema = z.strictObject({
  id,
  title: short,
  summary: long,
  eventDate: dateOnly,
  scale,
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const block = z.strictObject({
  type: z.enum(['paragraph', 'heading', 'quote', 'list-item']),
  level: z.number().int().min(1).max(6).optional(),
  ordered: z.boolean().optional(),
  text: z.string().max(LIMIT.articleText),
});

const article = z.strictObject({
  id,
  caseId: id,
  title: short,
  outlet: short,
  author: short,
  url,
  publishedDate: dateOnly,
  language: z.string().max(35),
  blocks: list(block),
  text: z.string().max(LIMIT.articleText),
  contentHash: z.string().regex(/^([0-9a-f]{64})?$/, 'expected a SHA-256 hex digest'),
  origin: z.strictObject({
    format: z.enum(['seed', 'text', 'markdown', 'html', 'docx', 'pdf', 'paste', 'bundle', 'sample']),
    name: short,
    importedAt: timestamp,
  }),
  order: z.number().int().nonnegative(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const anchor = z.strictObject({
  quote: z.strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(LIMIT.long), prefix: short, suffix: short }),
  position: z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
  state: z.enum(['anchored', 'needs-review']),
  reviewReason: short.optional(),
});

const richSpan = z.strictObject({ text: long, bold: z.boolean().optional(), italic: z.boolean().optional(), link: url.optional() });
const richText = list(z.strictObject({ type: z.enum(['paragraph', 'quote', 'bullet', 'number']), children: list(richSpan, 10_000) }), 10_000);

const verdict = z.strictObject({ ratingId: id.nullable(), conclusion: long, rationale: richText, reviewer: short, date: dateOnly });

const claim = z.strictObject({
  id,
  caseId: id,
  articleId: id,
  anchor,
  statement: long,
  claimant: short,
  claimDate: dateOnly,
  status: z.enum(CLAIM_STATUSES),
  tags: list(short, 200),
  notes: long,
  verdict: verdict.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const source = z.strictObject({
  id,
  caseId: id,
  url,
  title: short,
  publisher: short,
  accessedDate: dateOnly,
  archivedUrl: url,
  excerpt: long,
  kind: z.enum(SOURCE_KINDS),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const evidence = z.strictObject({ id, caseId: id, claimId: id, sourceId: id, stance: z.enum(STANCES), note: long, createdAt: timestamp });
const link = z.strictObject({ id, caseId: id, fromClaimId: id, toClaimId: id, kind: z.enum(LINK_KINDS), createdAt: timestamp });
const history = z.strictObject({
  id,
  caseId: id,
  claimId: id.nullable(),
  at: timestamp,
  reviewer: short,
  action: z.enum(['create', 'update', 'delete']),
  field: short,
  before: long,
  after: long,
});
const dismissed = z.strictObject({ id, caseId: id, claimId: id, articleId: id, start: offset, end: offset });

export const caseContentsSchema = z.strictObject({
  case: caseSchema,
  articles: list(article, 10_000),
  claims: list(claim),
  sources: list(source),
  evidence: list(evidence),
  links: list(link),
  history: list(history, 1_000_000),
  dismissed: list(dismissed),
});

export const caseBundleSchema = z.strictObject({
  format: z.literal('factmark-case'),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: timestamp,
  contents: caseContentsSchema,
});

export const backupBundleSchema = z.strictObject({
  format: z.literal('factmark-backup'),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: timestamp,
  cases: list(caseContentsSchema, 10_000),
});

// The schema and the model must describe the same objects: same keys, and
// each assignable to the other. A field added to model.ts fails here first.
type Same<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? ([A] extends [B] ? ([B] extends [A] ? true : false) : false) : false) : false;
type AllTrue<T extends true[]> = T;
export type SchemaMatchesModel = AllTrue<[
  Same<z.infer<typeof caseSchema>, Case>,
  Same<z.infer<typeof scale>, RatingScale>,
  Same<z.infer<typeof article>, Article>,
  Same<z.infer<typeof article>['origin'], Article['origin']>,
  Same<z.infer<typeof block>, Article['blocks'][number]>,
  Same<z.infer<typeof anchor>, ClaimAnchor>,
  Same<z.infer<typeof verdict>, Verdict>,
  Same<z.infer<typeof richText>[number], RichText[number]>,
  Same<z.infer<typeof richSpan>, RichText[number]['children'][number]>,
  Same<z.infer<typeof claim>, Claim>,
  Same<z.infer<typeof source>, Source>,
  Same<z.infer<typeof evidence>, Evidence>,
  Same<z.infer<typeof link>, ClaimLink>,
  Same<z.infer<typeof history>, HistoryEntry>,
  Same<z.infer<typeof dismissed>, DismissedSuggestion>,
  Same<z.infer<typeof caseContentsSchema>, CaseContents>,
]>;
