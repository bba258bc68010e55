// Describes a span of an article's plain text as a W3C anchor: the quote with
// about 32 characters of context either side, plus its exact position.
import type { ClaimAnchor } from '../model';

export const CONTEXT_LENGTH = 32;

export interface Span {
  start: number;
  end: number;
}

/** Shrinks a span so it neither starts nor ends on white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function describeAnchor(text: string, span: Span, context = CONTEXT_LENGTH): ClaimAnchor {
  if (span.start < 0 || span.end > text.length || span.start >= span.end) {
    throw new RangeError(`span ${span.start}–${span.end} is outside a text of ${text.length} characters`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - context), span.start),
      suffix: text.slice(span.end, span.end + context),
    },
    position: { type: 'TextPositionSelector', start: span.start, end: span.end },
    state: 'anchored',
  };
}
