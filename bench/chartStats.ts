/** Summary of a benchmark's samples (ms): how many, median, 90th percentile (nearest rank) and max. */
export interface ChartStats {
  n: number;
  median: number;
  p90: number;
  max: number;
}

/** NaN for every figure of an empty array. Pure: the input is not sorted in place. */
export function chartStats(samples: readonly number[]): ChartStats {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n, median: Number.NaN, p90: Number.NaN, max: Number.NaN };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const p90 = s[Math.max(0, Math.ceil(0.9 * n) - 1)];
  return { n, median, p90, max: s[n - 1] };
}
