import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ADAM_APPLY, ADAM_MOMENTS, adamApply, adamMoments } from './adamw';
import { relError, runWith, seeded, startWebGpu } from './gpuTest';

/** The fused AdamW kernels against the same formulas as tfjs ops, on WebGPU (Dawn + SwiftShader). */
describe('AdamW kernels on WebGPU', () => {
  it('update moments and weights as the tfjs ops do, with and without clipping and decay', async () => {
    if (!(await startWebGpu())) return;
    const n = 300; // not a multiple of the workgroup
    const mom = () =>
      tf.tensor2d(
        seeded(2 * n, 1, 0.1).map((x, i) => (i % 2 ? Math.abs(x) : x)),
        [n, 2],
      );
    const grad = () => tf.tensor2d(seeded(n, 2, 3), [15, 20]);
    const param = () => tf.tensor2d(seeded(n, 3), [15, 20]);
    for (const clipNorm of [0, 1]) {
      for (const [norm, weightDecay] of [
        [0.5, 0],
        [40, 0.1],
      ]) {
        const moments = (fused: boolean) =>
          runWith(fused, () => {
            const m2 = adamMoments(mom(), grad(), tf.tensor1d([norm]), {
              beta1: 0.9,
              beta2: 0.999,
              clipNorm,
            });
            return [m2, adamApply(m2, param(), { lr: 3e-3, c1: 0.19, c2: 0.002, eps: 1e-8, weightDecay })];
          });
        const [fused, plain] = [await moments(true), await moments(false)];
        expect(relError(fused[0], plain[0])).toBeLessThan(1e-5);
        expect(relError(fused[1], plain[1])).toBeLessThan(1e-5);
        // the update moved the weights by something a float32 comparison can see
        expect(relError(fused[1], seeded(n, 3))).toBeGreaterThan(1e-4);
      }
    }
  });

  it('clipping by a large norm changes the moments (the norm input is read)', async () => {
    if (!(await startWebGpu())) return;
    const run = (norm: number) =>
      runWith(true, () =>
        adamMoments(tf.zeros([4, 2]), tf.ones([4]), tf.tensor1d([norm]), {
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
