import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { embed } from '../model/ops';
import { EMBED, gpuEmbed } from './embed';

describe('embedding kernels on WebGPU', () => {
  it('look up and differentiate both tables as oneHot x table does, repeated ids included', async () => {
    if (!(await startWebGpu())) return;
    const [V, C, d] = [11, 7, 10];
    const ids = [3, 0, 10, 3, 3, 5, 9, 1, 3];
    const pos = [0, 1, 2, 3, 4, 5, 6, 0, 6];
    const pass = (fused: boolean) => () => {
      const wte = tf.tensor2d(seeded(V * d, 1), [V, d]);
      const wpe = tf.tensor2d(seeded(C * d, 2), [C, d]);
      const w = tf.tensor2d(seeded(ids.length * d, 3), [ids.length, d]);
      const [i, p] = [tf.tensor1d(ids, 'int32'), tf.tensor1d(pos, 'int32')];
      const op = (te: tf.Tensor, pe: tf.Tensor) =>
        fused
          ? gpuEmbed(i, p, te as tf.Tensor2D, pe as tf.Tensor2D)
          : tf.add(embed(i, te as tf.Tensor2D), embed(p, pe as tf.Tensor2D));
      return [
        op(wte, wpe),
        ...tf.grads((te: tf.Tensor, pe: tf.Tensor) => tf.sum(tf.mul(op(te, pe), w)))([wte, wpe]),
      ];
    };
    const [fused, plain] = [await runWith(true, pass(true)), await runWith(false, pass(false))];
    for (let k = 0; k < 3; k++) expect(relError(fused[k], plain[k]), `output ${k}`).toBeLessThan(1e-5);
    expect(fused[1].slice(2 * d, 3 * d).every((x) => x === 0)).toBe(true); // id 2 is never looked up
  });

  it('takes positions n mod T when given a sequence length instead of positions', async () => {
    if (!(await startWebGpu())) return;
    const [V, T, d] = [5, 3, 4];
    const ids = [1, 4, 0, 2, 2, 3];
    const pass = (seq: boolean) => () => {
      const wte = tf.tensor2d(seeded(V * d, 4), [V, d]);
      const wpe = tf.tensor2d(seeded(T * d, 5), [T, d]);
      const w = tf.tensor2d(seeded(ids.length * d, 6), [ids.length, d]);
      const i = tf.tensor1d(ids, 'int32');
      const pos = seq ? T : tf.tensor1d([0, 1, 2, 0, 1, 2], 'int32');
      const op = (te: tf.Tensor, pe: tf.Tensor) => gpuEmbed(i, pos, te as tf.Tensor2D, pe as tf.Tensor2D);
      return [
        op(wte, wpe),
        ...tf.grads((te: tf.Tensor, pe: tf.Tensor) => tf.sum(tf.mul(op(te, pe), w)))([wte, wpe]),
      ];
    };
    const [bySeq, byPos] = [await runWith(true, pass(true)), await runWith(true, pass(false))];
    for (let k = 0; k < 3; k++) expect(bySeq[k]).toEqual(byPos[k]);
  });

  it('runs only on webgpu', () => {
    expect(tf.getKernel(EMBED, 'webgpu')).toBeDefined();
    for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(EMBED, b)).toBeUndefined();
  });
});
