import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { ADAM_APPLY, ADAM_MOMENTS, adamApply, adamMoments } from './adamw';

/** The fused AdamW kernels against the same formulas as tfjs ops, on WebGPU (Dawn + SwiftShader). */
describe('AdamW kernels on WebGPU', () => {
  it('updates a group of moments, then each weight, as the tfjs ops do, with and without clipping and decay', async () => {
    if (!(await startWebGpu())) return;
    const shapes = [[15, 20], [7], [5, 10], [1], [3, 3]]; // sizes not multiples of the workgroup
    for (const k of [1, 3, 5]) {
      const mine = shapes.slice(0, k);
      const sizes = mine.map((s) => s.reduce((a, b) => a * b, 1));
      const n = sizes.reduce((a, b) => a + b, 0);
      const offsets = sizes.map((_, j) => sizes.slice(0, j).reduce((a, b) => a + b, 0));
      const mom = () =>
        tf.tensor2d(
          seeded(2 * n, 1, 0.1).map((x, i) => (i % 2 ? Math.abs(x) : x)),
          [n, 2],
        );
      const grads = () => mine.map((s, j) => tf.tensor(seeded(sizes[j], 2 + j, 3), s));
      const param = (j: number) => tf.tensor(seeded(sizes[j], 20 + j), mine[j]);
      for (const clipNorm of [0, 1]) {
        for (const [norm, weightDecay] of [
          [0.5, 0],
          [40, 0.1],
        ]) {
          const step = (fused: boolean) =>
            runWith(fused, () => {
              const m2 = adamMoments(mom(), grads(), tf.tensor1d([norm]), {
                beta1: 0.9,
                beta2: 0.999,
                clipNorm,
              });
              const o = { lr: 3e-3, c1: 0.19, c2: 0.002, eps: 1e-8, weightDecay };
              return [m2, ...mine.map((_, j) => adamApply(m2, offsets[j], param(j), o))];
            });
          const [fused, plain] = [await step(true), await step(false)];
          expect(fused.length).toBe(k + 1);
          for (let i = 0; i <= k; i++)
            expect(relError(fused[i], plain[i]), `output ${i} of ${k}`).toBeLessThan(1e-5);
          // the update moved the weights by something a float32 comparison can see
          expect(relError(fused[k], seeded(sizes[k - 1], 20 + k - 1))).toBeGreaterThan(1e-4);
        }
      }
    }
  });

  it('clipping by a large norm changes the moments (the norm input is read)', async () => {
    if (!(await startWebGpu())) return;
    const run = (norm: number) =>
      runWith(true, () =>
        adamMoments(tf.zeros([4, 2]), [tf.ones([4])], tf.tensor1d([norm]), {
          beta1: 0.9,
          beta2: 0.999,
          clipNorm: 1,
        }),
      );
    const [[small], [big]] = [await run(0.5), await run(10)];
    expect(small[0]).toBeCloseTo(0.1, 6); // not clipped: (1 - b1) g
    expect(big[0]).toBeCloseTo(0.1 / (10 + 1e-6), 6); // clipped by 1 / 10
    expect(big[1]).toBeCloseTo(0.001 / (10 + 1e-6) ** 2, 8);
  });

  it('are registered for webgpu only', () => {
    for (const k of [ADAM_MOMENTS, ADAM_APPLY]) {
      expect(tf.getKernel(k, 'webgpu')).toBeDefined();
      for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(k, b)).toBeUndefined();
    }
  });
});
