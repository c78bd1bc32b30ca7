import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { bmm, dense, embed, layerNorm, rowSum } from './ops';

/** Max |a - b| of two tensors' values. */
async function maxDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  const [x, y] = await Promise.all([a.data(), b.data()]);
  expect(x.length).toBe(y.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
  return m;
}

/** Compares a fused op's gradients with tfjs's autodiff of the same maths, under a random cotangent. */
async function checkGrads(
  inputs: tf.Tensor[],
  fused: (...x: tf.Tensor[]) => tf.Tensor,
  ref: (...x: tf.Tensor[]) => tf.Tensor,
) {
  const probe = tf.randomNormal(ref(...inputs).shape, 0, 1, 'float32', 7);
  const g1 = tf.grads((...x: tf.Tensor[]) => tf.sum(tf.mul(fused(...x), probe)))(inputs);
  const g2 = tf.grads((...x: tf.Tensor[]) => tf.sum(tf.mul(ref(...x), probe)))(inputs);
  expect(await maxDiff(fused(...inputs), ref(...inputs))).toBeLessThan(1e-4);
  for (let i = 0; i < inputs.length; i++) expect(await maxDiff(g1[i], g2[i])).toBeLessThan(1e-4);
}

describe.each(['cpu', 'wasm'] as const)('fused ops on %s', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  it('dense with and without bias matches matMul + add', async () => {
    const x = tf.randomNormal([6, 5], 0, 1, 'float32', 1);
    const w = tf.randomNormal([5, 3], 0, 1, 'float32', 2);
    const b = tf.randomNormal([3], 0, 1, 'float32', 3);
    await checkGrads(
      [x, w, b],
      (x, w, b) => dense(x as tf.Tensor2D, w as tf.Tensor2D, b as tf.Tensor1D),
      (x, w, b) => tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b),
    );
    await checkGrads(
      [x, w],
      (x, w) => dense(x as tf.Tensor2D, w as tf.Tensor2D),
      (x, w) => tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D),
    );
  });

  it('bmm matches batched matMul', async () => {
    const a = tf.randomNormal([4, 3, 5], 0, 1, 'float32', 4);
    const b = tf.randomNormal([4, 5, 2], 0, 1, 'float32', 5);
    await checkGrads(
      [a, b],
      (a, b) => bmm(a as tf.Tensor3D, b as tf.Tensor3D),
      (a, b) => tf.matMul(a as tf.Tensor3D, b as tf.Tensor3D),
    );
  });

  it('layerNorm matches the textbook formula', async () => {
    const x = tf.randomNormal([7, 8], 0.5, 2, 'float32', 6);
    const g = tf.randomNormal([8], 1, 0.3, 'float32', 8);
    const b = tf.randomNormal([8], 0, 0.3, 'float32', 9);
    const ref = (x: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
      const { mean, variance } = tf.moments(x, 1, true);
      return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), g), b);
    };
    await checkGrads(
      [x, g, b],
      (x, g, b) => layerNorm(x as tf.Tensor2D, g as tf.Tensor1D, b as tf.Tensor1D),
      ref,
    );
  });

  it('embed is a row lookup with a scatter-add gradient', async () => {
    const table = tf.randomNormal([5, 3], 0, 1, 'float32', 10);
    const ids = tf.tensor1d([4, 0, 4, 2], 'int32');
    const out = embed(ids, table as tf.Tensor2D);
    const t = (await table.array()) as number[][];
    expect(await out.array()).toEqual([t[4], t[0], t[4], t[2]]);
    const g = tf.grad((w: tf.Tensor) => tf.sum(embed(ids, w as tf.Tensor2D)))(table);
    expect(await g.array()).toEqual([
      [1, 1, 1],
      [0, 0, 0],
      [1, 1, 1],
      [0, 0, 0],
      [2, 2, 2],
    ]);
  });

  it('rowSum matches sum over the last axis', async () => {
    const x = tf.randomNormal([4, 6], 0, 1, 'float32', 11);
    await checkGrads(
      [x],
      (x) => rowSum(x as tf.Tensor2D),
      (x) => tf.sum(x, 1),
    );
  });
});
