// User-facing strings of the contradiction matrix.
import type { CellKind, MatrixSortKey } from '../../core/case-views/matrix';

export const CELL_LABELS: Record<CellKind, string> = {
  states: 'States',
  denies: 'Denies',
  contradicts: 'Contradicts',
  omits: '—',
};

export const T = {
  title: 'Matrix',
  tableLabel: 'Claim groups against the articles of the case',
  claim: 'Claim',
  verdict: 'Verdict',
  size: 'Claims',
  contradictions: 'Against',
  notRated: 'Not rated',
  sortBy: (column: string) => `Sort by ${column}`,
  cellTitle: (kind: CellKind, outlet: string, quote: string) =>
    kind === 'omits' ? `${outlet} does not report this claim.` : `${outlet} ${CELL_LABELS[kind].toLowerCase()}: “${quote}”`,
  omitsLabel: 'Omits',
  legend: 'How to read the matrix',
  legendItems: [
    ['states', 'the article makes the claim: a claim of the group is marked in it.'],
    ['denies', 'the article makes the claim in the negative: its claim of the group is tagged “denies”, or its quote says not, never, no, didn’t or denied where the group’s main claim does not.'],
    ['contradicts', 'a claim of the article is linked “contradicts” to a claim of the group.'],
    ['omits', 'none of these: the article does not report the claim.'],
  ] as [CellKind, string][],
  legendNote: 'A row is a group of claims linked as “same claim”; its statement and verdict are those of its main claim (a rated one, else the first marked). “Against” counts the articles that deny or contradict it. Click a cell to open the passage.',
  showMore: (n: number) => `Show ${n.toLocaleString()} more groups`,
  shown: (shown: number, total: number) => `${shown.toLocaleString()} of ${total.toLocaleString()} groups`,
  empty: 'No claims yet. Mark claims in the articles and link the same claim across articles: the matrix shows who reported, denied or contradicted what.',
  goToArticles: 'Go to Articles',
} as const;

export const SORT_LABELS: Record<Exclude<MatrixSortKey, 'reading'>, string> = {
  statement: T.claim,
  verdict: T.verdict,
  size: T.size,
  contradictions: T.contradictions,
};
