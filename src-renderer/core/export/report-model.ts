// The view model every report writer renders: the case's included articles with
// their claims numbered per article, verdict counts, claim groups across outlets,
// contradictions, sources and the corrections log. Writers only format it.
import type {
  Article,
  CaseContents,
  Claim,
  ClaimStatus,
  HistoryEntry,
  Id,
  LinkKind,
  Rating,
  RatingScale,
  RichText,
  Source,
  Stance,
  Timestamp,
} from '../model';
import { findRating, UNRATED_COLOR } from '../rating-scales';
import { claimGroups } from '../claim-groups';
import { matrixModel, type MatrixModel } from '../case-views/matrix';
import { REPORT_TEXT } from './messages';

export interface ReportOptions {
  /** Articles to include, in case order; all when absent. */
  articleIds?: readonly Id[];
  /** Claim statuses to include; all when absent. */
  statuses?: readonly ClaimStatus[];
  includeRationales: boolean;
  /** When the report was made; shown in the report. */
  generatedAt?: Timestamp;
}

/** A short pointer to another claim of the report. */
export interface ReportClaimRef {
  id: Id;
  label: string;
  anchorId: string;
  statement: string;
  articleTitle: string;
  outlet: string;
}

export interface ReportEvidence {
  source: Source;
  sourceNumber: number;
  stance: Stance;
  note: string;
}

export interface ReportRelated {
  kind: Exclude<LinkKind, 'same' | 'contradicts'>;
  /** 'to': this claim supports/elaborates the other; 'from': the other does so to this one. */
  direction: 'to' | 'from';
  claim: ReportClaimRef;
}

export interface ReportClaim {
  claim: Claim;
  /** "2.3": the third claim of the report's second article. */
  label: string;
  /** Position within its article, from 1. */
  number: number;
  /** Element id for links inside a document. */
  anchorId: string;
  article: Article;
  rating: Rating | undefined;
  /** Safe `#rrggbb` highlight colour: the rating's, or UNRATED_COLOR. */
  color: string;
  /** Rating name, "Conclusion" for a free-text verdict, "Unrated" without one. */
  verdictName: string;
  /** Empty unless rationales are included. */
  rationale: RichText;
  evidence: ReportEvidence[];
  sameAs: ReportClaimRef[];
  contradicts: ReportClaimRef[];
  related: ReportRelated[];
}

export interface ReportArticle {
  article: Article;
  number: number;
  anchorId: string;
  claims: ReportClaim[];
}

export interface VerdictCount {
  ratingId: Id | null;
  name: string;
  color: string;
  count: number;
}

export interface ReportGroup {
  number: number;
  statement: string;
  claims: ReportClaimRef[];
  articleCount: number;
  /** Distinct verdict names given to the group's claims. */
  verdictNames: string[];
}

export interface ReportSource {
  source: Source;
  number: number;
  /** Labels of the included claims that cite it. */
  citedBy: string[];
}

export interface ReportCorrection {
  entry: HistoryEntry;
  /** Label of the claim concerned; '' for case-level entries or claims not in the report. */
  claimLabel: string;
}

export interface ReportModel {
  title: string;
  summary: string;
  eventDate: string;
  generatedAt: Timestamp | undefined;
  scale: RatingScale;
  includeRationales: boolean;
  articles: ReportArticle[];
  claims: ReportClaim[];
  verdictCounts: VerdictCount[];
  groups: ReportGroup[];
  contradictions: Array<{ a: ReportClaimRef; b: ReportClaimRef }>;
  /** Who reported what: claim groups that span articles or are contradicted, against the included articles. */
  matrix: MatrixModel;
  sources: ReportSource[];
  corrections: ReportCorrection[];
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** A colour from the case, or the neutral one if it is not plain `#rrggbb` (it lands in CSS). */
export function safeColor(color: string | undefined): string {
  return color && HEX_COLOR.test(color) ? color : UNRATED_COLOR;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Element id of a claim's card: stable across reports (ClaimReview URLs point at it). */
export function claimAnchorId(claimId: Id, fallback: string): string {
  return SAFE_ID.test(claimId) ? `claim-${claimId}` : `claim-${fallback}`;
}

function verdictName(claim: Claim, rating: Rating | undefined): string {
  if (rating) return rating.name;
  return claim.verdict ? REPORT_TEXT.conclusionOnly : REPORT_TEXT.unrated;
}

function byPosition(a: Claim, b: Claim): number {
  return a.anchor.position.start - b.anchor.position.start || b.anchor.position.end - a.anchor.position.end;
}

export function buildReportModel(contents: CaseContents, options: ReportOptions): ReportModel {
  const { scale } = contents.case;
  const wanted = options.articleIds ? new Set(options.articleIds) : null;
  const statuses = options.statuses ? new Set(options.statuses) : null;
  const articles = [...contents.articles].sort((a, b) => a.order - b.order).filter((a) => !wanted || wanted.has(a.id));

  const sourceNumbers = new Map(contents.sources.map((s, i) => [s.id, i + 1]));
  const reportArticles: ReportArticle[] = [];
  const byId = new Map<Id, ReportClaim>();
  articles.forEach((article, ai) => {
    const claims = contents.claims.filter((c) => c.articleId === article.id && (!statuses || statuses.has(c.status))).sort(byPosition);
    const reportClaims = claims.map((claim, ci): ReportClaim => {
      const rating = findRating(scale, claim.verdict?.ratingId);
      const rc: ReportClaim = {
        claim,
        label: `${ai + 1}.${ci + 1}`,
        number: ci + 1,
        anchorId: claimAnchorId(claim.id, `${ai + 1}-${ci + 1}`),
        article,
        rating,
        color: rating ? safeColor(rating.color) : UNRATED_COLOR,
        verdictName: verdictName(claim, rating),
        rationale: options.includeRationales && claim.verdict ? claim.verdict.rationale : [],
        evidence: [],
        sameAs: [],
        contradicts: [],
        related: [],
      };
      byId.set(claim.id, rc);
      return rc;
    });
    reportArticles.push({ article, number: ai + 1, anchorId: `article-${ai + 1}`, claims: reportClaims });
  });
  const included = reportArticles.flatMap((a) => a.claims);
  const ref = (rc: ReportClaim): ReportClaimRef => ({
    id: rc.claim.id,
    label: rc.label,
    anchorId: rc.anchorId,
    statement: rc.claim.statement || rc.claim.anchor.quote.exact,
    articleTitle: rc.article.title,
    outlet: rc.article.outlet,
  });

  const sourcesById = new Map(contents.sources.map((s) => [s.id, s]));
  for (const e of contents.evidence) {
    const rc = byId.get(e.claimId);
    const source = sourcesById.get(e.sourceId);
    if (rc && source) rc.evidence.push({ source, sourceNumber: sourceNumbers.get(source.id)!, stance: e.stance, note: e.note });
  }
  // Labels of the claims citing each source, in report order.
  const citedBy = new Map<Id, string[]>();
  for (const rc of included) {
    for (const id of new Set(rc.evidence.map((e) => e.source.id))) citedBy.set(id, [...(citedBy.get(id) ?? []), rc.label]);
  }

  const contradictions: ReportModel['contradictions'] = [];
  for (const link of contents.links) {
    const from = byId.get(link.fromClaimId);
    const to = byId.get(link.toClaimId);
    if (!from || !to) continue;
    if (link.kind === 'contradicts') {
      from.contradicts.push(ref(to));
      to.contradicts.push(ref(from));
      contradictions.push({ a: ref(from), b: ref(to) });
    } else if (link.kind !== 'same') {
      from.related.push({ kind: link.kind, direction: 'to', claim: ref(to) });
      to.related.push({ kind: link.kind, direction: 'from', claim: ref(from) });
    }
  }

  // Groups are computed over the whole case, so two included claims stay
  // together even when the claim that joined them is filtered out.
  const groups: ReportGroup[] = [];
  const articleOrder = [...contents.articles].sort((a, b) => a.order - b.order).map((a) => a.id);
  for (const group of claimGroups(contents.claims, contents.links, articleOrder)) {
    const members = group.memberIds.map((id) => byId.get(id)).filter((rc): rc is ReportClaim => rc !== undefined);
    for (const rc of members) rc.sameAs = members.filter((m) => m !== rc).map(ref);
    if (members.length < 2) continue;
    groups.push({
      number: groups.length + 1,
      statement: members.find((m) => m.claim.statement)?.claim.statement ?? members[0].claim.anchor.quote.exact,
      claims: members.map(ref),
      articleCount: new Set(members.map((m) => m.article.id)).size,
      verdictNames: [...new Set(members.map((m) => m.verdictName))],
    });
  }

  const verdictCounts: VerdictCount[] = scale.ratings.map((r) => ({
    ratingId: r.id,
    name: r.name,
    color: safeColor(r.color),
    count: included.filter((rc) => rc.rating?.id === r.id).length,
  }));
  const conclusionOnly = included.filter((rc) => !rc.rating && rc.claim.verdict).length;
  if (conclusionOnly > 0) verdictCounts.push({ ratingId: null, name: REPORT_TEXT.conclusionOnly, color: UNRATED_COLOR, count: conclusionOnly });
  verdictCounts.push({ ratingId: null, name: REPORT_TEXT.unrated, color: UNRATED_COLOR, count: included.filter((rc) => !rc.claim.verdict).length });

  const allClaimIds = new Set(contents.claims.map((c) => c.id));
  const corrections = contents.history
    .filter((h) => h.action !== 'create')
    // Case-level entries, entries of included claims and of deleted claims; not of filtered-out ones.
    .filter((h) => h.claimId === null || byId.has(h.claimId) || !allClaimIds.has(h.claimId))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => ({ entry, claimLabel: entry.claimId ? (byId.get(entry.claimId)?.label ?? '') : '' }));

  return {
    title: contents.case.title,
    summary: contents.case.summary,
    eventDate: contents.case.eventDate,
    generatedAt: options.generatedAt,
    scale,
    includeRationales: options.includeRationales,
    articles: reportArticles,
    claims: included,
    verdictCounts,
    groups,
    contradictions,
    matrix: reportMatrix(contents, articles, included.map((rc) => rc.claim)),
    sources: contents.sources.map((source, i) => ({ source, number: i + 1, citedBy: citedBy.get(source.id) ?? [] })),
    corrections,
  };
}

/** The contradiction matrix of the included claims, keeping only the rows that
 *  say something across outlets (a claim in several articles, or contradicted). */
function reportMatrix(contents: CaseContents, articles: Article[], claims: Claim[]): MatrixModel {
  const m = matrixModel({ case: contents.case, articles, claims, links: contents.links });
  return { columns: m.columns, rows: m.rows.filter((r) => r.cells.length > 1 || r.contradictionCount > 0) };
}
