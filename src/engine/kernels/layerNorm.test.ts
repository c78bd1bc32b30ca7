import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { layerNorm } from '../model/ops';
import { COL_SUM, gpuColSum, LAYER_NORM } from './layerNorm';

/** LayerNorm's value and its three gradients, fused against the unfused tfjs ops, on WebGPU. */
describe('LayerNorm kernels on WebGPU', () => {
  it('give the tfjs ops value and gradients to 1e-5, across row tiles and column blocks', async () => {
    if (!(await startWebGpu())) return;
    for (const [N, d] of [
      [70, 20],
      [5, 80],
    ]) {
      const pass = () => {
        const x = tf.tensor2d(
          seeded(N * d, 1, 3).map((v, i) => v + (i % d) * 0.1),
          [N, d],
        );
        const g = tf.tensor1d(seeded(d, 2).map((v) => 1 + v));
        const b = tf.tensor1d(seeded(d, 3));
        const w = tf.tensor2d(seeded(N * d, 4), [N, d]);
        const f = (xi: tf.Tensor, gi: tf.Tensor, bi: tf.Tensor) =>
          tf.sum(tf.mul(layerNorm(xi as tf.Tensor2D, gi as tf.Tensor1D, bi as tf.Tensor1D), w));
        const y = layerNorm(x, g, b);
        return [y, ...tf.grads(f)([x, g, b])];
      };
      const [fused, plain] = [await runWith(true, pass), await runWith(false, pass)];
      for (let i = 0; i < 4; i++)
        expect(relError(fused[i], plain[i]), `output ${i} at ${N} x ${d}`).toBeLessThan(1e-5);
    }
  });

  it('sums columns', async () => {
    if (!(await startWebGpu())) return;
    const [out] = await runWith(true, () => gpuColSum(tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2])));
    expect(Array.from(out)).toEqual([9, 12]);
  });

  it('run only on webgpu: the other backends keep the tfjs ops', () => {
    for (const k of [LAYER_NORM, COL_SUM]) {
      expect(tf.getKernel(k, 'webgpu')).toBeDefined();
      for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(k, b)).toBeUndefined();
    }
  });
});
