// The claims of the open case with the lookups the screen needs on every
// render: one claim by id, one article's claims, and claim counts per article.
// A write touches a few claims, so a new snapshot rebuilds only the lists of
// the articles those claims are in; filtering tens of thousands of claims per
// render is what made marking a claim slow on a large case.
import type { Claim } from './model';

const NONE: readonly Claim[] = Object.freeze([]);

/** Index where `id` is or would be in `claims`, sorted by id. */
export function positionById(claims: readonly Claim[], id: string): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (claims[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class CaseClaims {
  private constructor(
    /** Every claim of the case, sorted by id (the database's order). */
    readonly all: readonly Claim[],
    private readonly byArticle: ReadonlyMap<string, readonly Claim[]>,
    /** How many claims each article has; articles without claims are absent. */
    readonly countByArticle: ReadonlyMap<string, number>,
  ) {}

  /** Indexes a whole list of claims sorted by id. */
  static of(all: readonly Claim[]): CaseClaims {
    const byArticle = new Map<string, Claim[]>();
    for (const c of all) {
      const list = byArticle.get(c.articleId);
      if (list) list.push(c);
      else byArticle.set(c.articleId, [c]);
    }
    return new CaseClaims(all, byArticle, countsOf(byArticle));
  }

  static readonly EMPTY = CaseClaims.of([]);

  /**
   * The index of `all`, which differs from this snapshot's claims only in the
   * claims with ids `changed`: only their articles' lists are rebuilt (every
   * other article keeps the same array, so its views need not re-render).
   */
  with(all: readonly Claim[], changed: Iterable<string>): CaseClaims {
    const ids = new Set(changed);
    const touched = new Set<string>();
    const after: Claim[] = [];
    for (const id of ids) {
      const before = this.get(id);
      if (before) touched.add(before.articleId);
      const now = all[positionById(all, id)];
      if (now?.id === id) {
        touched.add(now.articleId);
        after.push(now);
      }
    }
    if (touched.size === 0) return new CaseClaims(all, this.byArticle, this.countByArticle);
    const byArticle = new Map(this.byArticle);
    for (const articleId of touched) {
      const list = this.ofArticle(articleId).filter((c) => !ids.has(c.id));
      for (const c of after) if (c.articleId === articleId) list.splice(positionById(list, c.id), 0, c);
      if (list.length > 0) byArticle.set(articleId, list);
      else byArticle.delete(articleId);
    }
    return new CaseClaims(all, byArticle, countsOf(byArticle));
  }

  /** The claim with this id, if the case has it. */
  get(id: string): Claim | undefined {
    const c = this.all[positionById(this.all, id)];
    return c?.id === id ? c : undefined;
  }

  /** One article's claims in id order; the same array until one of them changes. */
  ofArticle(articleId: string | null): readonly Claim[] {
    return (articleId && this.byArticle.get(articleId)) || NONE;
  }
}

function countsOf(byArticle: ReadonlyMap<string, readonly Claim[]>): Map<string, number> {
  return new Map([...byArticle].map(([id, list]) => [id, list.length]));
}
