// Splits a text into segments at every claim boundary, so overlapping and nested
// claims can be drawn as flat, non-overlapping runs that each know every claim
// covering them.

export interface SpanOf<T> {
  start: number;
  end: number;
  item: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  /** Claims covering this run, outermost (earliest start, then longest) first. */
  covering: T[];
  /** Claims that begin at this run's start (not merely continue into the range), in the same order. */
  starting: T[];
}

/** Segments covering [from, to) exactly; spans are clipped to that range and empty ones dropped. */
export function highlightSegments<T>(spans: readonly SpanOf<T>[], from: number, to: number): Segment<T>[] {
  const clipped = spans
    .map((s) => ({ item: s.item, originalStart: s.start, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([from, to]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const over = clipped.filter((s) => s.start <= start && s.end >= end);
    segments.push({ start, end, covering: over.map((s) => s.item), starting: over.filter((s) => s.originalStart === start).map((s) => s.item) });
  }
  return segments;
}
