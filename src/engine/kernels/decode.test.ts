import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { dense, denseRelu, layerNorm } from '../model/ops';
import {
  CACHE_APPEND,
  DECODE_DENSE,
  DECODE_MLP,
  gpuCacheAppend,
  gpuDecodeDense,
  gpuDecodeMlp,
} from './decode';

const [B, K, n] = [70, 24, 20];
const t2 = (rows: number, cols: number, seed: number, scale = 1) =>
  tf.tensor2d(seeded(rows * cols, seed, scale), [rows, cols]);
const t1 = (len: number, seed: number, shift = 0) => tf.tensor1d(seeded(len, seed).map((v) => v + shift));

/** The decode kernels against the tfjs ops they stand for (fusion off), on WebGPU (Dawn + SwiftShader). */
describe('decode kernels on WebGPU', () => {
  it('LN + dense equals LayerNorm then dense (q|k|v concatenated) to 1e-5', async () => {
    if (!(await startWebGpu())) return;
    const pass = (fused: boolean) => () => {
      const x = tf.add(t2(B, K, 1, 3), tf.range(0, K).mul(0.1)) as tf.Tensor2D;
      const [w, b, g, beta] = [t2(K, 3 * n, 2), t1(3 * n, 5), t1(K, 8, 1), t1(K, 9)];
      return fused ? gpuDecodeDense(x, w, b, { ln: { g, b: beta } }) : dense(layerNorm(x, g, beta), w, b);
    };
    const [[fused], [plain]] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    expect(fused.length).toBe(B * 3 * n);
    expect(relError(fused, plain)).toBeLessThan(1e-5);
  });

  it('LN + ReLU, the residual add and the masked column each equal their tfjs ops to 1e-5', async () => {
    if (!(await startWebGpu())) return;
    const pass = (fused: boolean) => () => {
      const x = t2(B, K, 11, 2);
      const [w, b, g, beta, res] = [t2(K, n, 12), t1(n, 13), t1(K, 14, 1), t1(K, 15), t2(B, n, 16)];
      if (fused)
        return [
          gpuDecodeDense(x, w, b, { ln: { g, b: beta }, relu: true }),
          gpuDecodeDense(x, w, b, { residual: res }),
          gpuDecodeDense(x, w, b, { ln: { g, b: beta }, mask: { col: 3, value: -1e9 } }),
        ];
      const padBias = tf.tensor1d(Array.from({ length: n }, (_, j) => (j === 3 ? -1e9 : 0)));
      return [
        denseRelu(layerNorm(x, g, beta), w, b),
        tf.add(res, dense(x, w, b)),
        tf.add(dense(layerNorm(x, g, beta), w, b), padBias),
      ];
    };
    const [fused, plain] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    for (let i = 0; i < 3; i++) expect(relError(fused[i], plain[i]), `output ${i}`).toBeLessThan(1e-5);
    expect(fused[2][3]).toBeLessThan(-1e8); // the masked column
    expect(fused[2][4]).toBeGreaterThan(-100);
  });

  it('the MLP block (LN, ReLU, residual) equals its tfjs ops to 1e-5, hidden and width past the workgroup', async () => {
    if (!(await startWebGpu())) return;
    for (const [d, hidden] of [
      [24, 96],
      [80, 136],
    ]) {
      const pass = (fused: boolean) => () => {
        const x = tf.add(t2(B, d, 31, 2), tf.range(0, d).mul(0.05)) as tf.Tensor2D;
        const [g, beta, w1, b1, w2, b2] = [
          t1(d, 32, 1),
          t1(d, 33),
          t2(d, hidden, 34),
          t1(hidden, 35),
          t2(hidden, d, 36, 0.3),
          t1(d, 37),
        ];
        return fused
          ? gpuDecodeMlp(x, { g, b: beta }, w1, b1, w2, b2)
          : tf.add(x, dense(denseRelu(layerNorm(x, g, beta), w1, b1), w2, b2));
      };
      const [[fused], [plain]] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
      expect(fused.length).toBe(B * d);
      expect(relError(fused, plain), `${d} x ${hidden}`).toBeLessThan(1e-5);
    }
  });

  it("appends the k or v part of a fused q|k|v row as the cache's next time step, as a concat does", async () => {
    if (!(await startWebGpu())) return;
    const [t, rows, H, hd] = [5, 3, 2, 4];
    const d = H * hd;
    const pass = (fused: boolean) => () => {
      const cache = tf.tensor3d(seeded(t * rows * H * hd, 21), [t, rows * H, hd]);
      const qkv = t2(rows, 3 * d, 22);
      return [1, 2].map((part) =>
        fused
          ? gpuCacheAppend(cache, qkv, part * d)
          : tf.concat([cache, qkv.slice([0, part * d], [rows, d]).reshape([1, rows * H, hd])], 0),
      );
    };
    const [fused, plain] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    expect(fused[0].length).toBe((t + 1) * rows * d);
    expect(fused[0]).toEqual(plain[0]);
    expect(fused[1]).toEqual(plain[1]);
    expect(fused[0]).not.toEqual(fused[1]);
  });

  it('run only on webgpu: the other backends keep the tfjs ops', () => {
    for (const k of [DECODE_DENSE, DECODE_MLP, CACHE_APPEND]) {
      expect(tf.getKernel(k, 'webgpu')).toBeDefined();
      for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(k, b)).toBeUndefined();
    }
  });
});
