import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { bmm, dense, embed } from '../model/ops';
import { matMulValues, planMatMul } from './gemm';
import { NFT_MATMUL, nftMatMul, nftMatMulActive, registerNftMatMul } from './matmul';

/** Max |a - b| of two tensors' values. */
async function maxDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  expect(a.shape).toEqual(b.shape);
  const [x, y] = await Promise.all([a.data(), b.data()]);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
  return m;
}

/** Stored shape of an operand whose op() is [r, c] (batch g, or rank 2 when g is undefined). */
function stored(g: number | undefined, r: number, c: number, t: boolean): number[] {
  const s = t ? [c, r] : [r, c];
  return g === undefined ? s : [g, ...s];
}

const FLAGS = [
  [false, false],
  [false, true],
  [true, false],
  [true, true],
] as const;

/** [batch of A, batch of B, m, k, n]; undefined batch = rank 2. Odd sizes, 1s and a model-sized case. */
const CASES: [number | undefined, number | undefined, number, number, number][] = [
  [undefined, undefined, 1, 1, 1],
  [undefined, undefined, 3, 5, 7],
  [undefined, undefined, 1, 9, 4],
  [undefined, undefined, 6, 1, 5],
  [undefined, undefined, 17, 33, 9],
  [undefined, undefined, 38, 26, 13],
  [4, 4, 3, 5, 2],
  [3, 3, 7, 4, 11],
  [8, 8, 24, 16, 24],
  [1, 5, 6, 3, 7],
  [5, 1, 6, 3, 7],
  [undefined, 3, 5, 4, 6],
  [3, undefined, 5, 4, 6],
];

describe('matMulValues (plain arrays)', () => {
  it('matches a textbook triple loop', () => {
    const [m, k, n] = [5, 7, 3];
    const a = Float32Array.from({ length: m * k }, (_, i) => Math.sin(i + 1));
    const b = Float32Array.from({ length: k * n }, (_, i) => Math.cos(i + 2));
    const { values, shape } = matMulValues(a, [m, k], b, [k, n], false, false);
    expect(shape).toEqual([m, n]);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
        expect(values[i * n + j]).toBeCloseTo(s, 5);
      }
    }
  });

  it('handles empty products and rejects bad shapes', () => {
    expect(matMulValues(new Float32Array(0), [2, 0], new Float32Array(0), [0, 3], false, false)).toEqual({
      values: new Float32Array(6),
      shape: [2, 3],
    });
    expect(() => planMatMul([2, 3], [4, 5], false, false)).toThrow(/inner sizes 3 and 4/);
    expect(() => planMatMul([2, 2, 3], [3, 3, 5], false, false)).toThrow(/batch sizes 2 and 3/);
    expect(() => planMatMul([3], [3, 5], false, false)).toThrow(/rank 2 or 3/);
    expect(planMatMul([4, 2, 3], [2, 5], true, false).shape).toEqual([4, 3, 5]);
  });
});

describe('NftMatMul on cpu', () => {
  beforeAll(async () => {
    await useBackend('cpu');
  });

  it('is registered once, for cpu only, beside an untouched BatchMatMul', async () => {
    registerNftMatMul();
    registerNftMatMul();
    expect(tf.getKernel(NFT_MATMUL, 'cpu')).toBeDefined();
    expect(tf.getKernel(NFT_MATMUL, 'wasm')).toBeUndefined();
    expect(nftMatMulActive()).toBe(true);
    const a = tf.ones([2, 3]);
    const b = tf.ones([3, 4]);
    const w = tf.ones([3, 4]) as tf.Tensor2D;
    const names = async (f: () => tf.Tensor) => (await tf.profile(f)).kernels.map((k) => k.name);
    expect(await names(() => tf.matMul(a, b))).toContain('BatchMatMul');
    expect(await names(() => tf.matMul(a, b))).not.toContain(NFT_MATMUL);
    const denseKernels = await names(() => dense(a as tf.Tensor2D, w));
    expect(denseKernels).toContain(NFT_MATMUL);
    expect(denseKernels).not.toContain('BatchMatMul');
    tf.dispose([a, b, w]);
  });

  it('equals tfjs matMul on rank 2 and 3, odd sizes, broadcast batches, all transpose flags', async () => {
    let seed = 100;
    for (const [ga, gb, m, k, n] of CASES) {
      for (const [ta, tb] of FLAGS) {
        const a = tf.randomNormal(stored(ga, m, k, ta), 0, 1, 'float32', seed++);
        const b = tf.randomNormal(stored(gb, k, n, tb), 0, 1, 'float32', seed++);
        const ours = nftMatMul(a, b, ta, tb);
        const ref = tf.matMul(a, b, ta, tb);
        expect(await maxDiff(ours, ref), `[${a.shape}] x [${b.shape}] ${ta} ${tb}`).toBeLessThan(1e-4);
        tf.dispose([a, b, ours, ref]);
      }
    }
  });

  it('has the gradient of matMul, broadcast batches included', async () => {
    let seed = 500;
    for (const [ga, gb, m, k, n] of [CASES[1], CASES[7], CASES[9], CASES[11], CASES[12]]) {
      for (const [ta, tb] of FLAGS) {
        const a = tf.randomNormal(stored(ga, m, k, ta), 0, 1, 'float32', seed++);
        const b = tf.randomNormal(stored(gb, k, n, tb), 0, 1, 'float32', seed++);
        const probe = tf.randomNormal(tf.matMul(a, b, ta, tb).shape, 0, 1, 'float32', seed++);
        type MM = (x: tf.Tensor, y: tf.Tensor, ta: boolean, tb: boolean) => tf.Tensor;
        const loss = (mm: MM) => (x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(mm(x, y, ta, tb), probe));
        const g1 = tf.grads(loss(nftMatMul))([a, b]);
        // tfjs's own BatchMatMul gradient does not sum over a broadcast batch: make it explicit
        const g = Math.max(ga ?? 1, gb ?? 1);
        const rank3 = ga !== undefined || gb !== undefined;
        const full = (t: tf.Tensor) => {
          const t3 = rank3 && t.rank === 2 ? t.expandDims(0) : t;
          return t3.rank === 3 && t3.shape[0] === 1 ? tf.tile(t3, [g, 1, 1]) : t3;
        };
        const g2 = tf.grads(loss((x, y, ta, tb) => tf.matMul(full(x), full(y), ta, tb)))([a, b]);
        for (let i = 0; i < 2; i++) expect(await maxDiff(g1[i], g2[i])).toBeLessThan(1e-4);
        tf.dispose([a, b, probe, ...g1, ...g2]);
      }
    }
  });

  it('leaks no tensor under tidy, forward and backward', async () => {
    const x = tf.randomNormal([12, 8], 0, 1, 'float32', 1) as tf.Tensor2D;
    const w = tf.variable(tf.randomNormal([8, 5], 0, 1, 'float32', 2));
    const step = () =>
      tf.tidy(() => {
        const y = nftMatMul(x, w as tf.Tensor, false, false);
        const { value, grads } = tf.variableGrads(
          () => tf.sum(dense(x, w as tf.Variable as tf.Tensor2D)),
          [w],
        );
        return [y.sum(), value, grads[w.name]];
      });
    tf.dispose(step());
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) tf.dispose(step());
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, w]);
  });
});

/** Loss and gradients of embed -> dense -> bmm on one backend, from fixed values. */
async function smallNet(backend: 'cpu' | 'wasm') {
  await useBackend(backend);
  const rnd = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);
  const table = tf.variable(rnd([11, 6], 1)) as tf.Variable<tf.Rank.R2>;
  const w = tf.variable(rnd([6, 8], 2)) as tf.Variable<tf.Rank.R2>;
  const b = tf.variable(rnd([8], 3)) as tf.Variable<tf.Rank.R1>;
  const ids = tf.tensor1d([3, 0, 10, 7, 7, 1, 4, 9, 2, 5, 6, 8], 'int32');
  const vars = [table, w, b];
  const before = tf.memory().numTensors;
  const { value, grads } = tf.variableGrads(() => {
    const h = dense(embed(ids, table), w, b); // [12, 8]
    const q = h.reshape([3, 4, 8]) as tf.Tensor3D;
    const s = bmm(q, tf.transpose(q, [0, 2, 1]) as tf.Tensor3D); // [3, 4, 4]
    return tf.mean(tf.square(s));
  }, vars);
  const out = {
    loss: (await value.data())[0],
    grads: await Promise.all(vars.map((v) => grads[v.name].data() as Promise<Float32Array>)),
  };
  tf.dispose([value, grads]);
  const leaked = tf.memory().numTensors - before;
  tf.dispose([...vars, ids]);
  return { ...out, leaked };
}

describe('ops through NftMatMul', () => {
  it('variableGrads through embed, dense and bmm on cpu match wasm and leak nothing', async () => {
    const cpu = await smallNet('cpu');
    const wasm = await smallNet('wasm');
    expect(cpu.leaked).toBe(0);
    expect(Math.abs(cpu.loss - wasm.loss)).toBeLessThan(1e-4 * Math.max(1, Math.abs(wasm.loss)));
    for (let i = 0; i < cpu.grads.length; i++) {
      const scale = wasm.grads[i].reduce((m, v) => Math.max(m, Math.abs(v)), 1);
      const d = cpu.grads[i].reduce((m, v, j) => Math.max(m, Math.abs(v - wasm.grads[i][j])), 0);
      expect(d / scale).toBeLessThan(1e-4);
    }
  });
});
