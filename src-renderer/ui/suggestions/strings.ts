// User-facing strings of the suggested links section.
import type { SuggestedRelation } from '../../core/similarity/similarity-index';

export const SS = {
  title: 'Suggested links',
  loading: 'Looking for similar passages…',
  none: 'No similar passages in the other articles.',
  failed: (why: string) => `Suggestions are unavailable: ${why}`,
  relation: { same: 'same claim', contradicts: 'contradicts' } satisfies Record<SuggestedRelation, string>,
  score: (score: number) => `${Math.round(score * 100)}%`,
  scoreLabel: 'Similarity',
  linkSame: 'Link as same claim',
  linkContradicts: 'Link as contradicting',
  dismiss: 'Dismiss',
  listLabel: 'Suggested passages',
  undoAccept: 'Link suggested passage',
  undoDismiss: 'Dismiss suggestion',
  linked: 'Linked the passage as a claim.',
  untitled: 'Untitled article',
  existing: 'already a claim: linking reuses it',
};
