import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, seeded, startWebGpu } from '../../node/gpuTest';
import { adamInPlace, type InPlaceStep, inPlaceReady } from './adamInPlace';
import { adamApply, adamMoments } from './adamw';

const SHAPES = [[15, 20], [7], [5, 10]]; // sizes not multiples of the workgroup
const STEP: InPlaceStep = { beta1: 0.9, beta2: 0.999, clipNorm: 1, lr: 3e-3, c1: 0.19, c2: 0.002, eps: 1e-8 };

/** k variables, their gradients and a group's moments [n, 2], all from seeds. */
function setup(k: number) {
  const shapes = SHAPES.slice(0, k);
  const sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1));
  const n = sizes.reduce((a, b) => a + b, 0);
  const offsets = sizes.map((_, j) => sizes.slice(0, j).reduce((a, b) => a + b, 0));
  const mom = seeded(2 * n, 1, 0.1).map((x, i) => (i % 2 ? Math.abs(x) : x));
  return {
    shapes,
    offsets,
    // in a tidy: the variable is then the only tensor on its data (else in place is refused)
    moments: tf.tidy(() => tf.variable(tf.tensor2d(mom, [n, 2]), false)),
    params: shapes.map((s, j) => tf.tidy(() => tf.variable(tf.tensor(seeded(sizes[j], 20 + j), s), false))),
    grads: shapes.map((s, j) => tf.tensor(seeded(sizes[j], 2 + j, 3), s)),
  };
}

/** AdamW's whole step on WebGPU (Dawn + SwiftShader): in place, against the two fused kernels. */
describe('AdamW in place, one dispatch', () => {
  it('writes the moments and weights that the moments and apply kernels compute, with clipping and decay', async () => {
    if (!(await startWebGpu())) return;
    for (const k of [1, 2, 3]) {
      for (const [norm, wd] of [
        [0.5, 0],
        [40, 0.1],
      ]) {
        const s = setup(k);
        const normT = tf.tensor1d([norm]);
        // the reference: new tensors from the two kernels, computed before the in-place step
        const refMoments = adamMoments(s.moments as tf.Tensor2D, s.grads, normT, STEP);
        const refParams = s.params.map((p, j) =>
          adamApply(refMoments, s.offsets[j], p as tf.Tensor, { ...STEP, weightDecay: j === 0 ? wd : 0 }),
        );
        const before = await s.params[k - 1].data();
        const vars = s.params.map((param, j) => ({
          param,
          grad: s.grads[j],
          weightDecay: j === 0 ? wd : 0,
          offset: s.offsets[j],
        }));
        expect(inPlaceReady(s.moments, vars)).toBe(true);
        expect(adamInPlace(s.moments, vars, normT, STEP)).toBe(true);
        // read after a read-back cached the old values on the CPU: the cache must not survive the write
        const got = await s.moments.data();
        expect(
          relError(got as Float32Array, (await refMoments.data()) as Float32Array),
          `moments ${k}`,
        ).toBeLessThan(1e-5);
        for (const [j, p] of s.params.entries())
          expect(
            relError((await p.data()) as Float32Array, (await refParams[j].data()) as Float32Array),
            `weights ${j} of ${k}`,
          ).toBeLessThan(1e-5);
        expect(
          relError((await s.params[k - 1].data()) as Float32Array, before as Float32Array),
        ).toBeGreaterThan(1e-4);
        tf.dispose([s.moments, ...s.params, ...s.grads, normT, refMoments, ...refParams]);
      }
    }
  });

  it('refuses, changing nothing, while another tensor shares a weight buffer', async () => {
    if (!(await startWebGpu())) return;
    const s = setup(2);
    const alias = s.params[1].reshape([-1]); // shares the variable's data
    const vars = s.params.map((param, j) => ({
      param,
      grad: s.grads[j],
      weightDecay: 0,
      offset: s.offsets[j],
    }));
    const [m0, p0] = [await s.moments.data(), await s.params[0].data()];
    expect(inPlaceReady(s.moments, vars)).toBe(false);
    expect(adamInPlace(s.moments, vars, tf.tensor1d([1]), STEP)).toBe(false);
    expect(await s.moments.data()).toEqual(m0);
    expect(await s.params[0].data()).toEqual(p0);
    alias.dispose();
    expect(inPlaceReady(s.moments, vars)).toBe(true);
    tf.dispose([s.moments, ...s.params, ...s.grads]);
  });
});
