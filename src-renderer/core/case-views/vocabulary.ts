// The words a case already uses for claimants and tags, offered as
// suggestions while the reviewer types: each distinct value once (trimmed),
// in the reader's alphabetical order.
import type { Claim } from '../model';

export interface CaseVocabulary {
  claimants: string[];
  tags: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'variant' });

function distinctSorted(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (t) seen.add(t);
  }
  return [...seen].sort(collator.compare);
}

export function caseVocabulary(claims: readonly Pick<Claim, 'claimant' | 'tags'>[]): CaseVocabulary {
  return {
    claimants: distinctSorted(claims.map((c) => c.claimant)),
    tags: distinctSorted(claims.flatMap((c) => c.tags)),
  };
}
