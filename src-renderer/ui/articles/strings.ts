// User-facing strings of the article reader's edit mode and review queue.
export const AS = {
  editText: 'Correct text',
  editHint: 'Fix typos or OCR errors in the article. Claims re-attach to their quotes when you save.',
  editingBanner: 'Editing the article text. Claims will be re-attached to their quotes when you save.',
  save: 'Save correction',
  cancel: 'Cancel',
  saved: (moved: number, flagged: number) =>
    `Correction saved. ${moved} ${moved === 1 ? 'claim' : 'claims'} re-attached` + (flagged ? `; ${flagged} need${flagged === 1 ? 's' : ''} review.` : '.'),
  emptyText: 'The article cannot be left without text.',
  queueTitle: (n: number) => (n === 1 ? '1 claim needs review' : `${n} claims need review`),
  queueHelp: 'Their text changed. Select where each claim now is and re-attach it, or delete it.',
  reattach: 'Re-attach to selection',
  deleteClaim: 'Delete',
  selectFirst: 'Select the claim’s words in the article first, then re-attach.',
  reattached: 'Claim re-attached.',
  details: 'Details',
  detailsTitle: 'Article details',
  fields: { title: 'Title', outlet: 'Outlet', author: 'Author', url: 'Address (URL)', publishedDate: 'Published', language: 'Language' },
  saveDetails: 'Save details',
} as const;
