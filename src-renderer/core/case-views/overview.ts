// The Overview's figures: how the case's claims are rated, where they come
// from (articles, claimants), and the two queues that need the reviewer:
// claims drafted and waiting for review, and claims whose anchor needs review.
import type { ArticleSummary, Claim, RatingScale } from '../model';
import { findRating, UNRATED_COLOR } from '../rating-scales';

export interface Bar {
  /** Rating id, article id or claimant name; '' for "not rated" / "no claimant". */
  key: string;
  label: string;
  count: number;
  color?: string;
}

export interface OverviewStats {
  total: number;
  verdicts: Bar[];
  perArticle: Bar[];
  perClaimant: Bar[];
  /** Status 'drafted': written up, waiting for a second reviewer. Oldest change first. */
  waitingForReview: Claim[];
  /** Anchor state 'needs-review': the article changed and the quote could not be re-found safely. */
  reanchorQueue: Claim[];
}

export interface OverviewLabels {
  notRated: string;
  concluded: string;
  noClaimant: string;
  untitled: string;
}

export function overviewStats(scale: RatingScale, articles: readonly ArticleSummary[], claims: readonly Claim[], labels: OverviewLabels): OverviewStats {
  const byRating = new Map<string, number>();
  let notRated = 0;
  let concluded = 0;
  for (const c of claims) {
    const rating = findRating(scale, c.verdict?.ratingId);
    if (rating) byRating.set(rating.id, (byRating.get(rating.id) ?? 0) + 1);
    else if (c.verdict?.conclusion.trim()) concluded++;
    else notRated++;
  }
  const verdicts: Bar[] = scale.ratings.map((r) => ({ key: r.id, label: r.name, count: byRating.get(r.id) ?? 0, color: r.color }));
  // A conclusion without a rating (the free-text scale) is a verdict too.
  if (concluded || scale.ratings.length === 0) verdicts.push({ key: 'concluded', label: labels.concluded, count: concluded, color: '#546e7a' });
  verdicts.push({ key: '', label: labels.notRated, count: notRated, color: UNRATED_COLOR });

  const perArticleCount = new Map<string, number>();
  const perClaimantCount = new Map<string, number>();
  for (const c of claims) {
    perArticleCount.set(c.articleId, (perArticleCount.get(c.articleId) ?? 0) + 1);
    const who = c.claimant.trim();
    perClaimantCount.set(who, (perClaimantCount.get(who) ?? 0) + 1);
  }
  const perArticle = [...articles]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({ key: a.id, label: [a.outlet, a.title || labels.untitled].filter(Boolean).join(' — '), count: perArticleCount.get(a.id) ?? 0 }));
  const perClaimant = [...perClaimantCount]
    .map(([who, count]) => ({ key: who, label: who || labels.noClaimant, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

  return {
    total: claims.length,
    verdicts,
    perArticle,
    perClaimant,
    waitingForReview: claims.filter((c) => c.status === 'drafted').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
    reanchorQueue: claims.filter((c) => c.anchor.state === 'needs-review').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
  };
}
