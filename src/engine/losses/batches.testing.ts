/**
 * Helpers shared by the loss tests: seeded random ragged batches and gradient comparisons.
 * A batch has `questions` groups of K answers (K in [kMin, kMax]), each group with at least one right
 * and one wrong answer, rows interleaved; answer lengths 1..maxLen; logp in [-3, -0.05];
 * oldLogp = logp - delta with delta uniform in [-spread, spread] (spread 0: on-policy, R = 1).
 */
import { createRng } from '../rng';
import type { AnswerTokens } from './grad';

export interface BatchSpec {
  questions: number;
  kMin: number;
  kMax: number;
  maxLen: number;
  spread: number;
}

export function randomBatch(seed: number, spec: BatchSpec): AnswerTokens[] {
  const rng = createRng(seed);
  const rows: AnswerTokens[] = [];
  for (let q = 0; q < spec.questions; q++) {
    const K = rng.range(spec.kMin, spec.kMax);
    const right = rng.range(1, K - 1);
    for (let i = 0; i < K; i++) {
      const n = rng.range(1, spec.maxLen);
      const logp = Array.from({ length: n }, () => -(0.05 + 2.95 * rng.next()));
      const oldLogp = logp.map((x) => x - spec.spread * (2 * rng.next() - 1));
      rows.push({ question: `q${q}`, correct: i < right, logp, oldLogp });
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

/** Largest elementwise |a - b| / (|b| + floor) over two ragged arrays of the same shape. */
export function maxRelDiff(a: number[][], b: number[][], floor = 1e-12): number {
  if (a.length !== b.length) throw new Error('row counts differ');
  let m = 0;
  a.forEach((row, i) => {
    if (row.length !== b[i].length) throw new Error(`row ${i} lengths differ`);
    row.forEach((x, t) => {
      m = Math.max(m, Math.abs(x - b[i][t]) / (Math.abs(b[i][t]) + floor));
    });
  });
  return m;
}

/** Largest |a - b| relative to the largest |b| (for comparisons where some entries are ~0). */
export function maxNormDiff(a: number[][], b: number[][]): number {
  const bf = b.flat();
  const af = a.flat();
  if (af.length !== bf.length) throw new Error('sizes differ');
  const scale = Math.max(...bf.map(Math.abs));
  const diff = Math.max(...af.map((x, i) => Math.abs(x - bf[i])));
  return diff / scale;
}
