import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { gpuMaskColumn } from './maskColumn';

describe('column mask on WebGPU', () => {
  it('adds the value in one column exactly as adding a bias row does, and passes the gradient through', async () => {
    if (!(await startWebGpu())) return;
    const [N, V] = [9, 5];
    const bias = new Float32Array(V);
    bias[2] = -1e9;
    const pass = (fused: boolean) => () => {
      const x = tf.tensor2d(seeded(N * V, 1, 20), [N, V]);
      const w = tf.tensor2d(seeded(N * V, 2), [N, V]);
      const op = (t: tf.Tensor) =>
        fused ? gpuMaskColumn(t as tf.Tensor2D, 2, -1e9) : tf.add(t, tf.tensor1d(bias));
      return [op(x), tf.grad((t: tf.Tensor) => tf.sum(tf.mul(op(t), w)))(x)];
    };
    const [fused, plain] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    expect(fused[0]).toEqual(plain[0]);
    expect(fused[1]).toEqual(plain[1]);
    expect(fused[0][2]).toBe(-1e9);
  });
});
