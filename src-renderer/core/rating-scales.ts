// Rating-scale presets and the rules for editing a scale without orphaning
// the verdicts that already use it.
import type { Rating, RatingScale, ScalePreset } from './model';

function rating(id: string, name: string, color: string, value: number): Rating {
  return { id, name, color, value };
}

/** Neutral highlight colour of claims that have no rating yet. */
export const UNRATED_COLOR = '#ffe58f';

export function sixStepScale(): RatingScale {
  return {
    preset: 'six-step',
    name: 'True to false (six steps)',
    ratings: [
      rating('true', 'True', '#2e7d32', 6),
      rating('mostly-true', 'Mostly true', '#7cb342', 5),
      rating('half-true', 'Half true', '#f9a825', 4),
      rating('mostly-false', 'Mostly false', '#ef6c00', 3),
      rating('false', 'False', '#c62828', 2),
      rating('pants-on-fire', 'Pants on fire', '#6a1b9a', 1),
    ],
    bestRating: 6,
    worstRating: 1,
  };
}

export function shortScale(): RatingScale {
  return {
    preset: 'short',
    name: 'Short scale',
    ratings: [
      rating('true', 'True', '#2e7d32', 5),
      rating('misleading', 'Misleading', '#ef6c00', 3),
      rating('false', 'False', '#c62828', 1),
      rating('unproven', 'Unproven', '#546e7a', 2),
      rating('missing-context', 'Missing context', '#f9a825', 4),
    ],
    bestRating: 5,
    worstRating: 1,
  };
}

export function freeTextScale(): RatingScale {
  return { preset: 'free-text', name: 'Conclusion only', ratings: [], bestRating: 0, worstRating: 0 };
}

export function presetScale(preset: Exclude<ScalePreset, 'custom'>): RatingScale {
  if (preset === 'six-step') return sixStepScale();
  if (preset === 'short') return shortScale();
  return freeTextScale();
}

export const DEFAULT_SCALE = sixStepScale;

export function findRating(scale: RatingScale, ratingId: string | null | undefined): Rating | undefined {
  if (!ratingId) return undefined;
  return scale.ratings.find((r) => r.id === ratingId);
}

/** Highlight colour for a claim's rating id under a scale. */
export function ratingColor(scale: RatingScale, ratingId: string | null | undefined): string {
  return findRating(scale, ratingId)?.color ?? UNRATED_COLOR;
}
