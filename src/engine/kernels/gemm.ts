/**
 * Matrix products on plain Float32Arrays, for the backend whose own matMul is slow: tfjs's pure-JS
 * `cpu` kernel walks k in the inner loop with strided reads and a 3-level block loop (~0.25 GFLOP/s).
 *
 * One micro-kernel serves all four transpose combinations: operands are read through element strides
 * (row step, k step), so op(A) and op(B) need no transposed copy. Each pass over k computes a 2 x 4
 * block of C in eight scalar accumulators (14 live values: no register spills on x64), loading 6
 * numbers per 8 multiply-adds. Measured in Node 22 against the alternatives (i-k-j with a row
 * accumulator, dot products on transposed copies, 4 x 4 / 3 x 3 blocks, 4 x 4 packed panels), it
 * was as fast as the best of them (~2 GFLOP/s on one core, 4-8x tfjs's cpu kernel) and the simplest.
 * Sums are accumulated in doubles.
 */

/**
 * c[cOff + i n + j] = sum_p A(i, p) B(p, j) for i < m, j < n, where
 *   A(i, p) = a[aOff + i ars + p aks],  B(p, j) = b[bOff + p bks + j bcs].
 */
export function gemmStrided(
  a: Float32Array,
  aOff: number,
  ars: number,
  aks: number,
  b: Float32Array,
  bOff: number,
  bks: number,
  bcs: number,
  c: Float32Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
): void {
  const bc2 = 2 * bcs;
  const bc3 = 3 * bcs;
  const aEnd = k * aks; // a step past the last p, relative to a row's start
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const ai = aOff + i * ars;
    const ci = cOff + i * n;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      let qb = bOff + j * bcs;
      for (let qa = ai, end = ai + aEnd; qa !== end; qa += aks, qb += bks) {
        const x0 = a[qa];
        const x1 = a[qa + ars];
        const y0 = b[qb];
        const y1 = b[qb + bcs];
        const y2 = b[qb + bc2];
        const y3 = b[qb + bc3];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      const c0 = ci + j;
      const c1 = c0 + n;
      c[c0] = s00;
      c[c0 + 1] = s01;
      c[c0 + 2] = s02;
      c[c0 + 3] = s03;
      c[c1] = s10;
      c[c1 + 1] = s11;
      c[c1 + 2] = s12;
      c[c1 + 3] = s13;
    }
    for (; j < n; j++) {
      let s0 = 0;
      let s1 = 0;
      let qb = bOff + j * bcs;
      for (let qa = ai, end = ai + aEnd; qa !== end; qa += aks, qb += bks) {
        const y = b[qb];
        s0 += a[qa] * y;
        s1 += a[qa + ars] * y;
      }
      c[ci + j] = s0;
      c[ci + n + j] = s1;
    }
  }
  if (i < m) {
    // last row of an odd m: 1 x 4 blocks, then single entries
    const ai = aOff + i * ars;
    const ci = cOff + i * n;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let qb = bOff + j * bcs;
      for (let qa = ai, end = ai + aEnd; qa !== end; qa += aks, qb += bks) {
        const x = a[qa];
        s0 += x * b[qb];
        s1 += x * b[qb + bcs];
        s2 += x * b[qb + bc2];
        s3 += x * b[qb + bc3];
      }
      c[ci + j] = s0;
      c[ci + j + 1] = s1;
      c[ci + j + 2] = s2;
      c[ci + j + 3] = s3;
    }
    for (; j < n; j++) {
      let s = 0;
      let qb = bOff + j * bcs;
      for (let qa = ai, end = ai + aEnd; qa !== end; qa += aks, qb += bks) s += a[qa] * b[qb];
      c[ci + j] = s;
    }
  }
}

/** Shape of a product op(A) op(B) of rank-2 or rank-3 operands (batch sizes equal, or one of them 1). */
export interface MatMulPlan {
  /** Batch sizes of A and B (1 for rank 2) and of the result. */
  batchA: number;
  batchB: number;
  batch: number;
  m: number;
  k: number;
  n: number;
  /** Result shape: [m, n] when both operands are rank 2, else [batch, m, n]. */
  shape: number[];
}

/** Checks the operands' shapes and returns the product's sizes; throws on anything else. */
export function planMatMul(
  aShape: readonly number[],
  bShape: readonly number[],
  ta: boolean,
  tb: boolean,
): MatMulPlan {
  const ra = aShape.length;
  const rb = bShape.length;
  if (ra < 2 || ra > 3 || rb < 2 || rb > 3) {
    throw new Error(`matMul: operands must have rank 2 or 3, got [${aShape}] and [${bShape}]`);
  }
  const batchA = ra === 3 ? aShape[0] : 1;
  const batchB = rb === 3 ? bShape[0] : 1;
  if (batchA !== batchB && batchA !== 1 && batchB !== 1) {
    throw new Error(`matMul: batch sizes ${batchA} and ${batchB} do not broadcast`);
  }
  const m = ta ? aShape[ra - 1] : aShape[ra - 2];
  const k = ta ? aShape[ra - 2] : aShape[ra - 1];
  const kb = tb ? bShape[rb - 1] : bShape[rb - 2];
  const n = tb ? bShape[rb - 2] : bShape[rb - 1];
  if (k !== kb) {
    throw new Error(
      `matMul: inner sizes ${k} and ${kb} differ ([${aShape}] x [${bShape}], transposeA=${ta}, transposeB=${tb})`,
    );
  }
  const batch = Math.max(batchA, batchB);
  const shape = ra === 2 && rb === 2 ? [m, n] : [batch, m, n];
  return { batchA, batchB, batch, m, k, n, shape };
}

/**
 * op(A) op(B) for row-major rank-2 or rank-3 operands, op = transpose when ta / tb.
 * A batch of size 1 is broadcast against the other operand's batch.
 */
export function matMulValues(
  a: Float32Array,
  aShape: readonly number[],
  b: Float32Array,
  bShape: readonly number[],
  ta: boolean,
  tb: boolean,
): { values: Float32Array; shape: number[] } {
  const { batchA, batchB, batch, m, k, n, shape } = planMatMul(aShape, bShape, ta, tb);
  const out = new Float32Array(batch * m * n);
  if (k === 0) return { values: out, shape };
  // Element strides: A stored [m, k] (or [k, m] when ta), B stored [k, n] (or [n, k] when tb).
  const ars = ta ? 1 : k;
  const aks = ta ? m : 1;
  const bks = tb ? 1 : n;
  const bcs = tb ? k : 1;
  const aStep = batchA === 1 ? 0 : m * k;
  const bStep = batchB === 1 ? 0 : k * n;
  for (let g = 0; g < batch; g++) {
    gemmStrided(a, g * aStep, ars, aks, b, g * bStep, bks, bcs, out, g * m * n, m, k, n);
  }
  return { values: out, shape };
}
