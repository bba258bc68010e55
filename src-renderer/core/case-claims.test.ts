import { describe, expect, it } from 'vitest';
import { CaseClaims } from './case-claims';
import type { Claim } from './model';

/** A claim with only what the index reads; ids sort in the given order. */
function claim(id: string, articleId: string, statement = ''): Claim {
  return { id, articleId, statement } as Claim;
}

const sorted = (claims: Claim[]) => [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('CaseClaims', () => {
  const base = sorted([claim('c1', 'a'), claim('c2', 'b'), claim('c3', 'a'), claim('c4', 'c'), claim('c5', 'b')]);

  it('finds claims by id and lists each article’s claims in id order with counts', () => {
    const index = CaseClaims.of(base);
    expect(index.get('c3')?.articleId).toBe('a');
    expect(index.get('c9')).toBeUndefined();
    expect(index.ofArticle('a').map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(index.ofArticle('b').map((c) => c.id)).toEqual(['c2', 'c5']);
    expect(index.ofArticle('none')).toEqual([]);
    expect(index.ofArticle(null)).toEqual([]);
    expect(Object.fromEntries(index.countByArticle)).toEqual({ a: 2, b: 2, c: 1 });
  });

  it('rebuilds only the lists of the articles a change touched', () => {
    const index = CaseClaims.of(base);
    const added = claim('c25', 'a');
    const next = index.with(sorted([...base, added]), ['c25']);
    expect(next.ofArticle('a').map((c) => c.id)).toEqual(['c1', 'c25', 'c3']);
    expect(next.ofArticle('b')).toBe(index.ofArticle('b'));
    expect(next.ofArticle('c')).toBe(index.ofArticle('c'));
    expect(next.countByArticle.get('a')).toBe(3);
    expect(next.get('c25')).toBe(added);
  });

  it('follows an edited claim, a claim moved to another article and a deleted one', () => {
    const index = CaseClaims.of(base);
    const edited = claim('c3', 'a', 'now with a statement');
    const moved = claim('c4', 'b');
    const all = sorted([base[0], base[1], edited, moved, base[4]].filter((c) => c.id !== 'c1'));
    const next = index.with(all, ['c1', 'c3', 'c4']);
    expect(next.ofArticle('a')).toEqual([edited]);
    expect(next.ofArticle('a')[0]).toBe(edited);
    expect(next.ofArticle('b').map((c) => c.id)).toEqual(['c2', 'c4', 'c5']);
    expect(next.ofArticle('c')).toEqual([]);
    expect(next.countByArticle.has('c')).toBe(false);
    expect(Object.fromEntries(next.countByArticle)).toEqual({ a: 1, b: 3 });
  });

  it('matches a full rebuild after any sequence of changes', () => {
    let all = base;
    let index = CaseClaims.of(all);
    for (let i = 0; i < 200; i++) {
      const id = `c${(i * 7) % 13}`;
      const removing = i % 5 === 0;
      const rest = all.filter((c) => c.id !== id);
      all = removing ? rest : sorted([...rest, claim(id, 'abc'[i % 3], `v${i}`)]);
      index = index.with(all, [id]);
    }
    const full = CaseClaims.of(all);
    for (const a of ['a', 'b', 'c']) expect(index.ofArticle(a)).toEqual(full.ofArticle(a));
    expect(index.countByArticle).toEqual(full.countByArticle);
  });
});
