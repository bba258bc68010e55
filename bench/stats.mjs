// Summaries and the printed table: medians and 95th percentiles of repeated
// runs, each measurement judged against its target (in ms or as a ratio).

/** Nearest-rank percentile of `xs` (0–100). */
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (xs) => percentile(xs, 50);

/**
 * One row of the table. `on` says which statistic the target applies to
 * ('median' or 'p95'); `unit` is 'ms', '×' (ratio to a baseline of the same run), 'MB' or 'count'.
 */
export function row({ id, name, samples, unit, target, on = 'median', baseline, note = '' }) {
  const finite = samples.length > 0 && samples.every((x) => Number.isFinite(x));
  const med = finite ? median(samples) : NaN;
  const p95 = finite ? percentile(samples, 95) : NaN;
  const judged = on === 'p95' ? p95 : med;
  return { id, name, unit, on, target, median: med, p95, samples, baseline: baseline ?? null, pass: finite && judged <= target, note };
}

const fmt = (x, unit) => (Number.isFinite(x) ? (unit === '×' ? `${x.toFixed(2)}×` : unit === 'count' ? String(x) : `${x.toFixed(unit === 'MB' ? 1 : 1)} ${unit}`) : 'n/a');

export function table(rows) {
  const lines = rows.map((r) => [
    String(r.id),
    r.name,
    fmt(r.median, r.unit),
    fmt(r.p95, r.unit),
    `${r.on} ≤ ${fmt(r.target, r.unit)}`,
    r.pass ? 'pass' : 'FAIL',
    r.note,
  ]);
  const head = ['#', 'measurement', 'median', 'p95', 'target', 'result', 'notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const out = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [out(head), out(widths.map((w) => '-'.repeat(w))), ...lines.map(out)].join('\n');
}
