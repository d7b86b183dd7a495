/** Median and 99th percentile of a list of timings, in milliseconds rounded to microseconds. */
export function summarize(samples: readonly number[]): { median: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { median: round(at(0.5)), p99: round(at(0.99)), n: sorted.length };
}

/** Times `fn` once, in milliseconds. */
export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
