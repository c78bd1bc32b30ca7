/**
 * Per-question statistics of a batch of graded answers (plain numbers, no tensors).
 *
 * The rows with the same `question` form a group of K answers with rewards r_i in {0, 1}:
 *   r_hat(q)        = (1/K) sum_i r_i                       fraction right
 *   r_hat clamped   = clamp(r_hat, rHatMin, rHatMax)        used by NFT's wrong-answer term and by w
 *   w(q)            = 1 - r_hat | 1 | sqrt((1 - r_hat) / r_hat)      ("one_minus_r" | "one" | "grpo")
 *   GRPO      A_i   = (r_i - r_hat) / (std + 1e-6),
 *                     std^2 = sum_i (r_i - r_hat)^2 / (K - 1)  (bessel; 0 when K = 1)  or  / K  (population)
 *   Dr. GRPO  A_i   = r_i - r_hat
 * Every output is one value per row, [B]. Question ids are compared with ===, so 1 and '1' differ.
 */
import type { AnswerGroupInfo, LossOptions, StdKind, Weighting } from './options';

/** The group index of each row and the rows of each group. */
export function groupRows(rows: readonly AnswerGroupInfo[]): { groupOf: Int32Array; members: number[][] } {
  const index = new Map<string | number, number>();
  const groupOf = new Int32Array(rows.length);
  const members: number[][] = [];
  rows.forEach((row, i) => {
    let g = index.get(row.question);
    if (g === undefined) {
      g = members.length;
      index.set(row.question, g);
      members.push([]);
    }
    members[g].push(i);
    groupOf[i] = g;
  });
  return { groupOf, members };
}

/** Fraction right among the rows of each row's question, and the group size K.  [B] each. */
export function rHatPerRow(rows: readonly AnswerGroupInfo[]): { rHat: Float32Array; groupSize: Int32Array } {
  const { members } = groupRows(rows);
  const rHat = new Float32Array(rows.length);
  const groupSize = new Int32Array(rows.length);
  for (const m of members) {
    const right = m.filter((i) => rows[i].correct).length;
    for (const i of m) {
      rHat[i] = right / m.length;
      groupSize[i] = m.length;
    }
  }
  return { rHat, groupSize };
}

export function clampRHat(rHat: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, rHat));
}

/** Prompt weight w(q) of a (clamped) r_hat. */
export function promptWeight(rHat: number, weighting: Weighting): number {
  switch (weighting) {
    case 'one_minus_r':
      return 1 - rHat;
    case 'one':
      return 1;
    case 'grpo':
      return Math.sqrt((1 - rHat) / rHat);
  }
}

/** Group-normalised advantages (r_i - mean) / (std + 1e-6); `std` null gives Dr. GRPO's r_i - mean. */
function advantages(rows: readonly AnswerGroupInfo[], std: StdKind | null): Float32Array {
  const { members } = groupRows(rows);
  const out = new Float32Array(rows.length);
  for (const m of members) {
    const r = m.map((i): number => (rows[i].correct ? 1 : 0));
    const K = r.length;
    const mean = r.reduce((a, b) => a + b, 0) / K;
    const ss = r.reduce((a, x) => a + (x - mean) ** 2, 0);
    const denom = std === null ? 1 : Math.sqrt(std === 'bessel' ? (K > 1 ? ss / (K - 1) : 0) : ss / K) + 1e-6;
    m.forEach((i, j) => {
      out[i] = (r[j] - mean) / denom;
    });
  }
  return out;
}

export function grpoAdvantages(rows: readonly AnswerGroupInfo[], std: StdKind): Float32Array {
  return advantages(rows, std);
}

export function drGrpoAdvantages(rows: readonly AnswerGroupInfo[]): Float32Array {
  return advantages(rows, null);
}

export interface GroupStats {
  rHat: Float32Array;
  rHatClamped: Float32Array;
  groupSize: Int32Array;
  /** w(q) from the clamped r_hat. */
  weight: Float32Array;
  grpoAdvantage: Float32Array;
  drGrpoAdvantage: Float32Array;
}

export function groupStats(
  rows: readonly AnswerGroupInfo[],
  opts: Pick<LossOptions, 'weighting' | 'std' | 'rHatMin' | 'rHatMax'>,
): GroupStats {
  const { rHat, groupSize } = rHatPerRow(rows);
  const rHatClamped = rHat.map((r) => clampRHat(r, opts.rHatMin, opts.rHatMax));
  const weight = rHatClamped.map((r) => promptWeight(r, opts.weighting));
  return {
    rHat,
    rHatClamped,
    groupSize,
    weight,
    grpoAdvantage: grpoAdvantages(rows, opts.std),
    drGrpoAdvantage: drGrpoAdvantages(rows),
  };
}
