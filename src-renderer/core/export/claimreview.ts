// ClaimReview JSON-LD (schema.org) for publishing verdicts: one review per claim
// group (claims marked "same" across articles) that has a verdict. A required
// field that is missing is left out, never written empty, and named in warnings.
import type { Article, CaseContents, Claim, ClaimStatus } from '../model';
import { findRating } from '../rating-scales';
import { claimGroups } from '../claim-groups';
import { claimAnchorId } from './report-model';
import { safeHttpUrl } from './escape';
import { CLAIMREVIEW_WARNINGS as W } from './messages';

export interface ClaimReviewOptions {
  /** Address of the published review page; each review points at `#claim-<id>` on it. */
  reviewUrl: string;
  organization: { name: string; url?: string };
  /** Overrides of the guess whether a claimant is a person or an organisation. */
  claimantTypes?: Readonly<Record<string, 'Person' | 'Organization'>>;
  statuses?: readonly ClaimStatus[];
}

type Json = { [key: string]: unknown };
export interface ClaimReviewResult {
  reviews: Json[];
  /** The reviews as a JSON-LD array, safe to embed in a `<script type="application/ld+json">`. */
  json: string;
  warnings: string[];
}

const MAX_CLAIM_REVIEWED = 280;
const ORGANIZATION_WORDS =
  /\b(office|ministry|government|agency|kremlin|white house|department|committee|council|party|press|company|inc|ltd|corp|news|association|union|commission|bureau|service|statement|authority|campaign|administration|outlet)\b/i;

export function claimantType(name: string, overrides?: ClaimReviewOptions['claimantTypes']): 'Person' | 'Organization' {
  return overrides?.[name] ?? (ORGANIZATION_WORDS.test(name) ? 'Organization' : 'Person');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_CLAIM_REVIEWED) return flat;
  const cut = flat.lastIndexOf(' ', MAX_CLAIM_REVIEWED - 1);
  return flat.slice(0, cut > 100 ? cut : MAX_CLAIM_REVIEWED - 1) + '…';
}

function appearance(article: Article): Json {
  const work: Json = { '@type': 'CreativeWork' };
  const url = safeHttpUrl(article.url);
  if (url) work.url = url;
  if (article.title) work.headline = article.title;
  if (article.author) work.author = { '@type': 'Person', name: article.author };
  if (article.outlet) work.publisher = { '@type': 'Organization', name: article.outlet };
  if (article.publishedDate) work.datePublished = article.publishedDate;
  return work;
}

export function claimReviews(contents: CaseContents, options: ClaimReviewOptions): ClaimReviewResult {
  const { scale } = contents.case;
  const warnings: string[] = [];
  const statuses = options.statuses ? new Set(options.statuses) : null;
  const claims = contents.claims.filter((c) => !statuses || statuses.has(c.status));
  const articles = new Map(contents.articles.map((a) => [a.id, a]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const orgName = options.organization.name.trim();
  const reviewUrl = safeHttpUrl(options.reviewUrl);
  if (!orgName) warnings.push(W.noOrganization);
  if (!reviewUrl) warnings.push(W.noReviewUrl);
  const label = (c: Claim) => `“${shorten(c.statement || c.anchor.quote.exact).slice(0, 60)}”`;

  const reviews: Json[] = [];
  const articleOrder = [...contents.articles].sort((a, b) => a.order - b.order).map((a) => a.id);
  for (const group of claimGroups(claims, contents.links, articleOrder)) {
    const members = group.memberIds.map((id) => byId.get(id)!);
    // The group's canonical claim speaks for it; it has a verdict whenever any member has one.
    const lead = byId.get(group.canonicalId)!;
    const verdict = lead.verdict;
    if (!verdict) continue;
    const differing = members.filter((c) => c.verdict && c !== lead && (c.verdict.ratingId !== verdict.ratingId || c.verdict.conclusion !== verdict.conclusion));
    if (differing.length) warnings.push(W.mixedVerdicts(label(lead), differing.map(label).join(', ')));

    const review: Json = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
    if (reviewUrl) review.url = `${reviewUrl.split('#')[0]}#${claimAnchorId(lead.id, lead.id)}`;
    review.claimReviewed = shorten(lead.statement || lead.anchor.quote.exact);
    if (orgName) {
      const author: Json = { '@type': 'Organization', name: orgName };
      const orgUrl = options.organization.url ? safeHttpUrl(options.organization.url) : null;
      if (orgUrl) author.url = orgUrl;
      review.author = author;
    }
    if (verdict.date) review.datePublished = verdict.date;
    else warnings.push(W.noVerdictDate(label(lead)));

    const rating = findRating(scale, verdict.ratingId);
    if (rating) {
      review.reviewRating = { '@type': 'Rating', alternateName: rating.name, ratingValue: rating.value, bestRating: scale.bestRating, worstRating: scale.worstRating };
    } else if (verdict.conclusion.trim()) {
      review.reviewRating = { '@type': 'Rating', alternateName: shorten(verdict.conclusion) };
      warnings.push(W.noRatingValue(label(lead)));
    } else warnings.push(W.noRating(label(lead)));
    if (verdict.conclusion.trim()) review.reviewBody = verdict.conclusion.trim();

    const item: Json = { '@type': 'Claim' };
    const claimant = members.map((c) => c.claimant.trim()).find((n) => n) ?? '';
    if (claimant) item.author = { '@type': claimantType(claimant, options.claimantTypes), name: claimant };
    else warnings.push(W.noClaimant(label(lead)));
    const claimDate = members.map((c) => c.claimDate).filter(Boolean).sort()[0];
    if (claimDate) item.datePublished = claimDate;
    else warnings.push(W.noClaimDate(label(lead)));
    const seen = [...new Set(members.map((c) => c.articleId))].map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
    if (seen.length) {
      item.appearance = seen.map(appearance);
      // Earliest publication first; undated articles last, in case order.
      const first = [...seen].sort((a, b) => (a.publishedDate || '9999').localeCompare(b.publishedDate || '9999') || a.order - b.order)[0];
      item.firstAppearance = appearance(first);
    }
    review.itemReviewed = item;
    reviews.push(review);
  }
  if (reviews.length === 0) warnings.push(W.noVerdicts);
  // "<" escaped so the JSON can sit inside a <script> element without closing it.
  return { reviews, json: JSON.stringify(reviews, null, 2).replace(/</g, '\\u003c') + '\n', warnings };
}

