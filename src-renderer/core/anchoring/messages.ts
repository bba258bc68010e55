// Reasons shown to the reviewer when a claim's anchor needs review after an
// edit of its article. Kept together so they can be translated.

export const anchorMessages = {
  missing: 'The quoted text is no longer in the article.',
  missingButElsewhere: (count: number) =>
    `The quoted text was removed here; the same words remain in ${count === 1 ? 'one other place' : `${count} other places`}, which the claim was not marked on.`,
  weak: (percent: number) =>
    `The closest passage matches the quote and its surroundings only ${percent}%, too weakly to move the claim there.`,
  ambiguous: (starts: number[]) =>
    `The quote now fits ${starts.length} places equally well (at characters ${starts.join(', ')}); pick the right one.`,
  unsearched: 'The article changed too much around this claim to look for its quote everywhere; find the passage and mark it again.',
  empty: 'The claim has no quoted text to look for.',
} as const;
