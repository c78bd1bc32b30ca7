import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { dense, denseRelu } from './ops';

/** dense with a bias, and dense + ReLU, through tfjs's fused matMul epilogue on WebGPU vs plain ops. */
describe('fused bias and ReLU on WebGPU', () => {
  it('give the unfused value and gradients to 1e-5', async () => {
    if (!(await startWebGpu())) return;
    for (const relu of [false, true]) {
      const pass = () => {
        const x = tf.tensor2d(seeded(40 * 12, 1), [40, 12]);
        const w = tf.tensor2d(seeded(12 * 9, 2), [12, 9]);
        const b = tf.tensor1d(seeded(9, 3));
        const u = tf.tensor2d(seeded(40 * 9, 4), [40, 9]);
        const op = (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) =>
          (relu ? denseRelu : dense)(xi as tf.Tensor2D, wi as tf.Tensor2D, bi as tf.Tensor1D);
        const f = (xi: tf.Tensor, wi: tf.Tensor, bi: tf.Tensor) => tf.sum(tf.mul(op(xi, wi, bi), u));
        return [op(x, w, b), ...tf.grads(f)([x, w, b])];
      };
      const [fused, plain] = [await runWith(true, pass), await runWith(false, pass)];
      for (let i = 0; i < 4; i++)
        expect(relError(fused[i], plain[i]), `relu ${relu}, output ${i}`).toBeLessThan(1e-5);
      if (relu) expect(fused[0].some((v) => v === 0)).toBe(true); // some units are cut off
    }
  });
});
