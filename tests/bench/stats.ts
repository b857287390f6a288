/** Median and 95th percentile of a list of timings, in the same unit. */
export function summarize(samples: readonly number[]): { n: number; median: number; p95: number; mean: number } {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1) };
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
