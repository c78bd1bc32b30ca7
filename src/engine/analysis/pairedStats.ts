/**
 * Paired statistics over seeds: for each seed the difference a - b of two methods' figures (e.g. NFT's
 * accuracy minus RFT's), their mean with a 95% Student t interval, and on how many seeds each method was
 * ahead (ties counted apart). Pure maths, no tfjs: the page's class view and the CLI can both use it.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: about 15 significant digits). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the regularised incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast on this side of the mean; use the symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The `p` quantile of Student's t with `df` degrees of freedom (0 < p < 1), by bisection on the CDF. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`no t quantile for p=${p}, df=${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface PairedSummary {
  /** Pairs (seeds) counted. */
  n: number;
  /** Mean of a - b. */
  mean: number;
  /** Sample standard deviation of a - b (n - 1 in the denominator); NaN under two pairs. */
  sd: number;
  /** The 95% t interval of the mean difference; NaN bounds under two pairs. */
  low: number;
  high: number;
  /** Half-width of the interval (t × sd / √n). */
  halfWidth: number;
  /** Seeds on which a was ahead (a > b), b was ahead, and ties (equal within `tieTolerance`). */
  aAhead: number;
  bAhead: number;
  ties: number;
}

/**
 * The paired summary of `a` against `b`, index by index (the same seed at the same index). Non-finite
 * pairs are skipped. `level` is the interval's confidence (0.95 by default).
 */
export function pairedSummary(
  a: readonly number[],
  b: readonly number[],
  options: { level?: number; tieTolerance?: number } = {},
): PairedSummary {
  if (a.length !== b.length)
    throw new RangeError(`paired figures of unequal length: ${a.length}, ${b.length}`);
  const level = options.level ?? 0.95;
  const tol = options.tieTolerance ?? 1e-9;
  const diffs = a.map((x, i) => x - b[i]).filter(Number.isFinite);
  return summariseDifferences(diffs, level, tol);
}

/** The same summary from the differences themselves (each seed's a - b). */
export function summariseDifferences(
  diffs: readonly number[],
  level = 0.95,
  tieTolerance = 1e-9,
): PairedSummary {
  const n = diffs.length;
  const mean = n ? diffs.reduce((s, d) => s + d, 0) / n : Number.NaN;
  const aAhead = diffs.filter((d) => d > tieTolerance).length;
  const bAhead = diffs.filter((d) => d < -tieTolerance).length;
  const ties = n - aAhead - bAhead;
  if (n < 2)
    return {
      n,
      mean,
      sd: Number.NaN,
      low: Number.NaN,
      high: Number.NaN,
      halfWidth: Number.NaN,
      aAhead,
      bAhead,
      ties,
    };
  const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, low: mean - halfWidth, high: mean + halfWidth, halfWidth, aAhead, bAhead, ties };
}
