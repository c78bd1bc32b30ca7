import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { useNodeWebGpu } from '../../node/nodeWebgpu';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { createQuestionStream } from '../tasks';
import { trainCheck } from './trainCheck';

/**
 * Regression: the optimizer summed the gradients' squares with tf.addN over every parameter (38
 * inputs); WebGPU binds one storage buffer per input, past the limit (8 on SwiftShader), and the
 * invalid pipeline silently corrupted the whole update. Runs on WebGPU through Dawn + SwiftShader in
 * Node; CI installs both (scripts/setup.sh), so there it must run, not skip.
 */
describe('training on WebGPU (Dawn + SwiftShader in Node)', () => {
  it('gives the same losses as wasm over a few AdamW steps of the full-size model', async () => {
    const qs = createQuestionStream([{ level: 'add2', weight: 1 }], 2).nextBatch(8);
    await useBackend('wasm');
    const init = await Gpt.init(DEFAULT_MODEL_CONFIG, 9).values();
    const run = async () => {
      const m = new Gpt(
        DEFAULT_MODEL_CONFIG,
        (await import('../model/params')).makeParams(DEFAULT_MODEL_CONFIG, init),
      );
      const r = await trainCheck(m, qs, 4);
      m.dispose();
      return r;
    };
    const wasm = await run();
    const gpu = await useNodeWebGpu();
    if (!gpu && process.env.CI) throw new Error('no WebGPU adapter in CI: is chromium-common installed?');
    if (!gpu) return; // a developer machine without SwiftShader: nothing to compare
    const webgpu = await run();
    expect(webgpu.backend).toBe('webgpu');
    expect(webgpu.tensorsAfter).toBe(webgpu.tensorsBefore);
    for (const [i, l] of webgpu.losses.entries()) expect(Math.abs(l - wasm.losses[i])).toBeLessThan(1e-3);
    expect(webgpu.losses[3]).toBeLessThan(webgpu.losses[0]);
    await tf.setBackend('wasm');
  });
});
