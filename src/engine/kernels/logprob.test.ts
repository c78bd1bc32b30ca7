import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { gpuLogProb, LOG_PROB } from './logprob';

describe('log-probability kernels on WebGPU', () => {
  it('give logSoftmax x oneHot and its gradient to 1e-5, with a masked column', async () => {
    if (!(await startWebGpu())) return;
    const [N, V] = [70, 13];
    const targets = Array.from(seeded(N, 1), (x) => 1 + Math.floor(Math.abs(x) * (V - 1)));
    const pass = (fused: boolean) => () => {
      const logits = tf.tensor2d(
        seeded(N * V, 2, 4).map((x, i) => (i % V === 0 ? -1e9 : x)),
        [N, V],
      );
      const t = tf.tensor1d(targets, 'int32');
      const w = tf.tensor1d(seeded(N, 3));
      const op = (x: tf.Tensor) =>
        fused
          ? gpuLogProb(x as tf.Tensor2D, t)
          : tf.sum(tf.mul(tf.logSoftmax(x), tf.oneHot(t, V).toFloat()), 1);
      return [op(logits), tf.grad((x: tf.Tensor) => tf.sum(tf.mul(op(x), w)))(logits)];
    };
    const [fused, plain] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    for (let k = 0; k < 2; k++) expect(relError(fused[k], plain[k]), `output ${k}`).toBeLessThan(1e-5);
    expect(fused[0].every((x) => x < 0)).toBe(true);
  });

  it('runs only on webgpu', () => {
    expect(tf.getKernel(LOG_PROB, 'webgpu')).toBeDefined();
    for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(LOG_PROB, b)).toBeUndefined();
  });
});
