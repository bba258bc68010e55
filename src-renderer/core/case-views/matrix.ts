// The contradiction matrix: claim groups (claims joined by 'same' links)
// against the case's articles, saying for each article whether it states the
// group's claim, denies it, contradicts it or leaves it out. Pure, so the
// report exporter can draw the same matrix.
import type { ArticleSummary, CaseContents, Claim, ClaimLink, RatingScale } from '../model';
import { claimGroups, type ClaimGroup } from '../claim-groups';
import { findRating, UNRATED_COLOR } from '../rating-scales';

/**
 * How an article treats a group's claim, decided in this order:
 * - 'denies': a member of the group is in the article and either is tagged
 *   'denies' or its quote carries a negation cue (not, never, no, didn't,
 *   denied…) that the canonical claim's quote does not;
 * - 'states': a member of the group is in the article;
 * - 'contradicts': a claim of the article is linked 'contradicts' to a member;
 * - 'omits': none of these.
 */
export type CellKind = 'states' | 'denies' | 'contradicts' | 'omits';

export interface MatrixCell {
  articleId: string;
  kind: CellKind;
  /** The claims that decided the cell (members, or the contradicting claims); empty when omitted. */
  claimIds: string[];
  /** Quote of the first of those claims, for the tooltip. */
  quote: string;
}

export interface MatrixColumn {
  articleId: string;
  outlet: string;
  title: string;
}

export interface MatrixRow {
  group: ClaimGroup;
  statement: string;
  ratingId: string | null;
  ratingName: string;
  ratingColor: string;
  /** Place of the rating on the scale (unrated last), for sorting. */
  ratingRank: number;
  /** Only the articles that state, deny or contradict the claim, in column order:
   *  a large case has far more omissions than anything else (see cellsInColumns). */
  cells: MatrixCell[];
  /** Cells that deny or contradict. */
  contradictionCount: number;
}

export interface MatrixModel {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const NEGATION = /(?<![\p{L}'’])(?:not|never|no|nobody|nothing|neither|nor|denied|denies|deny|denying|\p{L}+n['’]t)(?![\p{L}])/iu;

export function hasNegationCue(text: string): boolean {
  return NEGATION.test(text);
}

/** Whether a member, relative to the canonical claim, denies it. */
export function deniesCanonical(member: Claim, canonical: Claim): boolean {
  if (member.tags.some((t) => t.trim().toLowerCase() === 'denies')) return true;
  if (member.id === canonical.id) return false;
  return hasNegationCue(member.anchor.quote.exact) && !hasNegationCue(canonical.anchor.quote.exact);
}

export function cellFor(articleId: string, members: readonly Claim[], canonical: Claim, contradicting: readonly Claim[]): MatrixCell {
  const here = members.filter((m) => m.articleId === articleId);
  const denying = here.filter((m) => deniesCanonical(m, canonical));
  const against = contradicting.filter((c) => c.articleId === articleId);
  const decided: [CellKind, Claim[]] = denying.length
    ? ['denies', denying]
    : here.length
      ? ['states', here]
      : against.length
        ? ['contradicts', against]
        : ['omits', []];
  return { articleId, kind: decided[0], claimIds: decided[1].map((c) => c.id), quote: decided[1][0]?.anchor.quote.exact ?? '' };
}

export type MatrixInput = Pick<CaseContents, 'links'> & { claims: readonly Claim[]; articles: readonly ArticleSummary[]; case: { scale: RatingScale } };

export function matrixModel(contents: MatrixInput): MatrixModel {
  const { scale } = contents.case;
  const articles = [...contents.articles].sort((a, b) => a.order - b.order);
  const byId = new Map(contents.claims.map((c) => [c.id, c]));
  const groups = claimGroups(contents.claims, contents.links, articles.map((a) => a.id));
  const contradicts = contradictionsByClaim(contents.links);
  return {
    columns: articles.map(columnOf),
    rows: groups.map((group) => {
      const members = group.memberIds.map((id) => byId.get(id)!);
      const memberIds = new Set(group.memberIds);
      const against = new Map<string, Claim>();
      for (const m of members) {
        for (const other of contradicts.get(m.id) ?? []) {
          const c = byId.get(other);
          if (c && !memberIds.has(other)) against.set(other, c);
        }
      }
      const canonical = byId.get(group.canonicalId)!;
      const contradicting = [...against.values()];
      const involved = new Set([...members, ...contradicting].map((c) => c.articleId));
      const cells = articles.filter((a) => involved.has(a.id)).map((a) => cellFor(a.id, members, canonical, contradicting));
      const rating = findRating(scale, canonical.verdict?.ratingId);
      return {
        group,
        statement: canonical.statement || canonical.anchor.quote.exact,
        ratingId: rating?.id ?? null,
        ratingName: rating?.name ?? '',
        ratingColor: rating?.color ?? UNRATED_COLOR,
        ratingRank: rating ? scale.ratings.indexOf(rating) : scale.ratings.length,
        cells,
        contradictionCount: cells.filter((c) => c.kind === 'denies' || c.kind === 'contradicts').length,
      };
    }),
  };
}

/** A row's cells for every column, omissions included. */
export function cellsInColumns(row: MatrixRow, columns: readonly MatrixColumn[]): MatrixCell[] {
  const byArticle = new Map(row.cells.map((c) => [c.articleId, c]));
  return columns.map((col) => byArticle.get(col.articleId) ?? { articleId: col.articleId, kind: 'omits', claimIds: [], quote: '' });
}

function columnOf(a: ArticleSummary): MatrixColumn {
  return { articleId: a.id, outlet: a.outlet, title: a.title };
}

function contradictionsByClaim(links: readonly ClaimLink[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = m.get(from);
    if (list) list.push(to);
    else m.set(from, [to]);
  };
  for (const l of links) {
    if (l.kind !== 'contradicts') continue;
    add(l.fromClaimId, l.toClaimId);
    add(l.toClaimId, l.fromClaimId);
  }
  return m;
}

export const MATRIX_SORT_KEYS = ['reading', 'size', 'verdict', 'contradictions', 'statement'] as const;
export type MatrixSortKey = (typeof MATRIX_SORT_KEYS)[number];

/** Larger groups and more contradictions first; verdicts in scale order; statements A–Z.
 *  'reading' keeps the model's order (first appearance in the case). */
export function sortMatrixRows(rows: readonly MatrixRow[], key: MatrixSortKey): MatrixRow[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  const by: Record<MatrixSortKey, (a: MatrixRow, b: MatrixRow) => number> = {
    reading: () => 0,
    size: (a, b) => b.group.memberIds.length - a.group.memberIds.length,
    verdict: (a, b) => a.ratingRank - b.ratingRank,
    contradictions: (a, b) => b.contradictionCount - a.contradictionCount,
    statement: (a, b) => a.statement.localeCompare(b.statement),
  };
  return indexed.sort((a, b) => by[key](a.r, b.r) || a.i - b.i).map((x) => x.r);
}
