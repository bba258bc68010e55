// Who says a suggested passage, when the article says so: the speaker of a
// found quote lying mostly inside the passage, a direct quote before reported
// speech (in "The Hill reported that the Kremlin said “…”" the claim is the Kremlin's).
import { findQuotes } from '../../core/quotes/find-quotes';

export function passageSpeaker(text: string, span: { start: number; end: number }): string {
  const inside = (q: { start: number; end: number }) => Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  const candidates = findQuotes(text)
    .filter((q) => q.speaker && inside(q) * 2 >= q.end - q.start)
    .sort((a, b) => Number(b.kind === 'quote') - Number(a.kind === 'quote') || inside(b) - inside(a));
  return candidates[0]?.speaker ?? '';
}
