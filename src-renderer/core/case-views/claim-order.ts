// The Claims table's sort orders. Comparing tens of thousands of quotes in a
// comparator costs tens of milliseconds a sort; here each row's rank under a
// key is worked out once per set of rows (the distinct values sorted once),
// and a sort is a numeric sort of packed (rank, reading place) pairs, a few
// milliseconds. Ties fall back to reading order (article order, then
// position, then id) in both directions; an article sort is reading order,
// reversed on desc.
import type { ClaimRow, ClaimSort, SortKey } from './claim-rows';

type RankedKey = Exclude<SortKey, 'article'>;

const VALUE: Record<RankedKey, (row: ClaimRow) => string | number> = {
  quote: (r) => r.keys.quote,
  claimant: (r) => r.keys.claimant,
  status: (r) => r.keys.status,
  verdict: (r) => r.keys.verdict,
  evidence: (r) => r.evidenceCount,
  links: (r) => r.linkCount,
  updated: (r) => r.updatedAt,
};

const byId = (a: ClaimRow, b: ClaimRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const readingOrder = (a: ClaimRow, b: ClaimRow) => a.keys.articleOrder - b.keys.articleOrder || a.keys.position - b.keys.position || byId(a, b);

/** Each row's rank among the distinct values (strings in code-unit order, numbers ascending); the highest rank. */
function rank(values: (string | number)[]): { ranks: Uint32Array; top: number } {
  const distinct = [...new Set(values)];
  // Without a comparator the engine compares strings natively, in code-unit order: far faster than calling one.
  if (typeof distinct[0] === 'number') (distinct as number[]).sort((a, b) => a - b);
  else distinct.sort();
  const rankOf = new Map<string | number, number>(distinct.map((v, i) => [v, i]));
  return { ranks: Uint32Array.from(values, (v) => rankOf.get(v)!), top: distinct.length - 1 };
}

export class ClaimOrder {
  private reading: ClaimRow[] | null = null;
  private readonly ranked = new Map<RankedKey, { ranks: Uint32Array; top: number }>();

  constructor(private readonly rows: readonly ClaimRow[]) {}

  /** A new array of the rows in `sort`'s order. */
  sorted(sort: ClaimSort): ClaimRow[] {
    const reading = this.inReadingOrder();
    if (sort.key === 'article') return sort.dir === 'asc' ? [...reading] : [...reading].reverse();
    const { ranks, top } = this.ranksOf(sort.key);
    const n = reading.length;
    // rank · n + reading place: sorting the numbers sorts by rank, ties in reading order.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (sort.dir === 'asc' ? ranks[i] : top - ranks[i]) * n + i;
    packed.sort();
    const out = new Array<ClaimRow>(n);
    for (let i = 0; i < n; i++) out[i] = reading[packed[i] % n];
    return out;
  }

  /** Works out the ranks under `key` now (in idle time, say), so its first sort is quick. */
  prepare(key: SortKey): void {
    if (key === 'article') this.inReadingOrder();
    else this.ranksOf(key);
  }

  private inReadingOrder(): ClaimRow[] {
    this.reading ??= [...this.rows].sort(readingOrder);
    return this.reading;
  }

  /** Ranks by reading place. */
  private ranksOf(key: RankedKey): { ranks: Uint32Array; top: number } {
    let r = this.ranked.get(key);
    if (!r) {
      r = rank(this.inReadingOrder().map(VALUE[key]));
      this.ranked.set(key, r);
    }
    return r;
  }
}
