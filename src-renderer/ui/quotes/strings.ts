// User-facing strings of the quote and attribution finder.
import type { QuoteKind } from '../../core/quotes/find-quotes';

export const QS = {
  button: 'Quotes',
  buttonHint: 'Quoted statements and reported speech in this article',
  title: 'Quotes in this article',
  count: (n: number) => (n === 1 ? '1 statement found' : `${n} statements found`),
  none: 'No quoted statements or reported speech found in this article.',
  close: 'Close',
  kind: { quote: 'Quote', reported: 'Reported' } satisfies Record<QuoteKind, string>,
  noSpeaker: 'Speaker not named',
  mark: 'Mark as claim',
  marked: 'Marked',
  openClaim: 'Open claim',
  jump: 'Show in text',
  listLabel: 'Found statements',
};
