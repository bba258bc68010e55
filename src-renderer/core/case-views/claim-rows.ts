// The Claims table's view model: one precomputed row per claim (with the
// normalised keys that filtering and sorting compare), the filter facets with
// their counts, and filtering and sorting as pure functions over those rows.
import { CLAIM_STATUSES, type ArticleSummary, type Claim, type ClaimStatus, type RatingScale } from '../model';
import { findRating, UNRATED_COLOR } from '../rating-scales';

/** Facet value of claims without a rating, and of claims without a claimant. */
export const NONE = '';

export interface ClaimRow {
  id: string;
  articleId: string;
  articleTitle: string;
  articleOutlet: string;
  quote: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  /** Rating id, or NONE when not rated. */
  ratingId: string;
  ratingName: string;
  ratingColor: string;
  tags: string[];
  evidenceCount: number;
  linkCount: number;
  updatedAt: string;
  needsReview: boolean;
  /** Precomputed comparison keys: sorting never re-derives them. */
  keys: { article: string; quote: string; claimant: string; status: number; verdict: number; articleOrder: number; position: number };
}

export interface RowInputs {
  scale: RatingScale;
  articles: readonly ArticleSummary[];
  claims: readonly Claim[];
  /** Claim id → number of evidence rows. */
  evidenceCounts: ReadonlyMap<string, number>;
  /** Claim id → number of links touching the claim, either side. */
  linkCounts: ReadonlyMap<string, number>;
}

const fold = (s: string) => s.trim().toLocaleLowerCase();

export function buildClaimRows({ scale, articles, claims, evidenceCounts, linkCounts }: RowInputs): ClaimRow[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ratingRank = new Map(scale.ratings.map((r, i) => [r.id, i]));
  return claims.map((c) => {
    const a = byId.get(c.articleId);
    const rating = findRating(scale, c.verdict?.ratingId);
    const articleLabel = a ? `${a.outlet} ${a.title}` : '';
    return {
      id: c.id,
      articleId: c.articleId,
      articleTitle: a?.title ?? '',
      articleOutlet: a?.outlet ?? '',
      quote: c.anchor.quote.exact,
      statement: c.statement,
      claimant: c.claimant.trim(),
      status: c.status,
      ratingId: rating?.id ?? NONE,
      ratingName: rating?.name ?? '',
      ratingColor: rating?.color ?? UNRATED_COLOR,
      tags: c.tags,
      evidenceCount: evidenceCounts.get(c.id) ?? 0,
      linkCount: linkCounts.get(c.id) ?? 0,
      updatedAt: c.updatedAt,
      needsReview: c.anchor.state === 'needs-review',
      keys: {
        article: fold(articleLabel),
        quote: fold(c.anchor.quote.exact),
        claimant: fold(c.claimant),
        status: CLAIM_STATUSES.indexOf(c.status),
        // Unrated claims sort after every rating of the scale.
        verdict: rating ? ratingRank.get(rating.id)! : scale.ratings.length,
        articleOrder: a?.order ?? Number.MAX_SAFE_INTEGER,
        position: c.anchor.position.start,
      },
    };
  });
}

/** Counts claims per id: evidence rows by their claim, links by both ends. */
export function countByClaim<T>(items: readonly T[], claimIdsOf: (item: T) => readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) for (const id of claimIdsOf(item)) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** Each facet holds one chosen value, or null for "any". Facets combine with AND. */
export interface ClaimFilters {
  rating: string | null;
  status: ClaimStatus | null;
  claimant: string | null;
  articleId: string | null;
  tag: string | null;
}

export const NO_FILTERS: ClaimFilters = { rating: null, status: null, claimant: null, articleId: null, tag: null };

export function hasFilters(f: ClaimFilters): boolean {
  return Object.values(f).some((v) => v !== null);
}

/** Keeps rows passing every chosen facet and, when given, `matches` (a search); keeps their order. */
export function filterRows(rows: readonly ClaimRow[], f: ClaimFilters, matches: ((row: ClaimRow) => boolean) | null = null): ClaimRow[] {
  if (!hasFilters(f) && !matches) return rows as ClaimRow[];
  return rows.filter(
    (r) =>
      (f.rating === null || r.ratingId === f.rating) &&
      (f.status === null || r.status === f.status) &&
      (f.claimant === null || r.claimant === f.claimant) &&
      (f.articleId === null || r.articleId === f.articleId) &&
      (f.tag === null || r.tags.includes(f.tag)) &&
      (!matches || matches(r)),
  );
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  rating: FacetOption[];
  status: FacetOption[];
  claimant: FacetOption[];
  article: FacetOption[];
  tag: FacetOption[];
}

/** The values each filter offers, with how many claims carry them. Labels of
 *  the NONE values are left to the caller (they are user-facing strings). */
export function facetsOf(rows: readonly ClaimRow[], scale: RatingScale, articles: readonly ArticleSummary[], noneLabel: { rating: string; claimant: string }): Facets {
  const tally = (values: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const ratings = tally(rows.map((r) => r.ratingId));
  const statuses = tally(rows.map((r) => r.status));
  const claimants = tally(rows.map((r) => r.claimant));
  const perArticle = tally(rows.map((r) => r.articleId));
  const tags = tally(rows.flatMap((r) => r.tags));
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label);
  return {
    rating: [
      ...scale.ratings.map((r) => ({ value: r.id, label: r.name, count: ratings.get(r.id) ?? 0 })),
      { value: NONE, label: noneLabel.rating, count: ratings.get(NONE) ?? 0 },
    ],
    status: CLAIM_STATUSES.map((s) => ({ value: s, label: s, count: statuses.get(s) ?? 0 })),
    claimant: [...claimants]
      .map(([value, count]) => ({ value, label: value || noneLabel.claimant, count }))
      .sort((a, b) => (a.value === NONE ? 1 : b.value === NONE ? -1 : byLabel(a, b))),
    article: [...articles]
      .sort((a, b) => a.order - b.order)
      .map((a) => ({ value: a.id, label: [a.outlet, a.title].filter(Boolean).join(' — '), count: perArticle.get(a.id) ?? 0 })),
    tag: [...tags].map(([value, count]) => ({ value, label: value, count })).sort(byLabel),
  };
}

export const SORT_KEYS = ['article', 'quote', 'claimant', 'status', 'verdict', 'evidence', 'links', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface ClaimSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Reading order: article order, then position in the article. */
export const READING_ORDER: ClaimSort = { key: 'article', dir: 'asc' };

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: ClaimSort, key: SortKey): ClaimSort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}
