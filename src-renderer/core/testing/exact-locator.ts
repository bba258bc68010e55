// A deliberately simple stand-in for anchoring's locateAnchor in tests: the
// stored position if the quote is still there, else the one exact occurrence
// (or the one whose prefix and suffix also match); anything else is reported.
import type { ClaimAnchor } from '../model';
import type { LocateResult } from '../anchoring/locate';

export function exactLocate(text: string, anchor: Pick<ClaimAnchor, 'quote' | 'position'>): LocateResult {
  const { exact, prefix, suffix } = anchor.quote;
  const { start } = anchor.position;
  if (exact && text.slice(start, start + exact.length) === exact) return { status: 'unchanged', start, end: start + exact.length, score: 1 };
  const hits: number[] = [];
  for (let at = exact ? text.indexOf(exact) : -1; at >= 0; at = text.indexOf(exact, at + 1)) hits.push(at);
  const withContext = hits.filter((at) => text.slice(0, at).endsWith(prefix) && text.slice(at + exact.length).startsWith(suffix));
  const found = hits.length === 1 ? hits : withContext;
  if (found.length === 1) return { status: 'exact', start: found[0], end: found[0] + exact.length, score: 1 };
  if (hits.length === 0) return { status: 'missing', score: 0, reason: 'the quote is not in the text' };
  return { status: 'ambiguous', score: 0, reason: 'the quote occurs more than once' };
}
