// Editing a case's rating scale without orphaning verdicts: ClaimReview
// numbers follow the order the reviewer sees (first = best), and a pure check
// tells which verdicts would lose their rating before a new scale is saved.
import type { Claim, Rating, RatingScale } from './model';

/** Recomputes ratingValue from order (first = best = count) and best/worst. */
export function normalizeScale(scale: RatingScale): RatingScale {
  const n = scale.ratings.length;
  return {
    ...scale,
    ratings: scale.ratings.map((r, i) => ({ ...r, value: n - i })),
    bestRating: n,
    worstRating: n ? 1 : 0,
  };
}

/** Moves the rating at `index` by `delta` places (±1); out-of-range moves change nothing. */
export function moveRating(scale: RatingScale, index: number, delta: number): RatingScale {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= scale.ratings.length || to >= scale.ratings.length) return scale;
  const ratings = [...scale.ratings];
  [ratings[index], ratings[to]] = [ratings[to], ratings[index]];
  return normalizeScale({ ...scale, preset: 'custom', ratings });
}

export function updateRating(scale: RatingScale, ratingId: string, patch: Partial<Pick<Rating, 'name' | 'color'>>): RatingScale {
  return { ...scale, preset: 'custom', ratings: scale.ratings.map((r) => (r.id === ratingId ? { ...r, ...patch } : r)) };
}

export function addRating(scale: RatingScale, rating: Pick<Rating, 'id' | 'name' | 'color'>): RatingScale {
  return normalizeScale({ ...scale, preset: 'custom', ratings: [...scale.ratings, { ...rating, value: 0 }] });
}

export function removeRating(scale: RatingScale, ratingId: string): RatingScale {
  return normalizeScale({ ...scale, preset: 'custom', ratings: scale.ratings.filter((r) => r.id !== ratingId) });
}

/** Claims whose verdict names a rating of the old scale that the new scale no longer has. */
export function verdictsLosingRating(oldScale: RatingScale, newScale: RatingScale, claims: readonly Claim[]): Claim[] {
  const kept = new Set(newScale.ratings.map((r) => r.id));
  const known = new Set(oldScale.ratings.map((r) => r.id));
  return claims.filter((c) => {
    const id = c.verdict?.ratingId;
    return !!id && known.has(id) && !kept.has(id);
  });
}

/** The claim with its verdict's rating cleared (conclusion and rationale kept). */
export function unrated(claim: Claim): Claim {
  return claim.verdict ? { ...claim, verdict: { ...claim.verdict, ratingId: null } } : claim;
}

/** Problems that make a scale unusable: empty or duplicate names, bad colours. */
export function scaleProblems(scale: RatingScale): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of scale.ratings) {
    const name = r.name.trim().toLowerCase();
    if (!name) problems.push('Every rating needs a name.');
    else if (seen.has(name)) problems.push(`Two ratings are called “${r.name.trim()}”.`);
    seen.add(name);
    if (!/^#[0-9a-f]{6}$/i.test(r.color)) problems.push(`“${r.name}” needs a colour like #2e7d32.`);
  }
  return [...new Set(problems)];
}
