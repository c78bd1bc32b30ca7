import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, startWebGpu } from '../../node/gpuTest';
import { setFusedKernels } from '../kernels/webgpu';
import { EOS } from '../tokenizer';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from './config';
import { decodeGpuOn } from './decodeGpu';
import { generate } from './generate';
import { Gpt } from './gpt';

const SMALL: ModelConfig = { ...DEFAULT_MODEL_CONFIG, layers: 2, width: 16, heads: 2 };
// prompts of different lengths: left padding, hidden by the key bias, in the decode steps too
const PROMPTS = ['7+8=', '12+34=', '9*7=', '123+4=', '5-3='];

async function run(model: Gpt, fused: boolean, temperature: number) {
  setFusedKernels(fused);
  try {
    const on = decodeGpuOn();
    const gens = await generate(model, PROMPTS, {
      temperature,
      seed: 3,
      maxNewTokens: 8,
      recordLogits: true,
    });
    return { on, gens };
  } finally {
    setFusedKernels(true);
  }
}

/**
 * The WebGPU decode step (decode kernels) against decodeStep's tfjs ops with fusion off, through
 * generate with the key/value cache: every step's logits to 1e-5 and the same tokens, greedy and sampled.
 */
describe('decode step on the decode kernels (WebGPU)', () => {
  it('gives the logits of the tfjs ops to 1e-5 at every step, and the same answers', async () => {
    if (!(await startWebGpu())) return;
    const model = Gpt.init(SMALL, 9);
    // EOS made unlikely, so that every answer runs to the cap: eight decode steps to compare
    const head = model.p('head.b');
    head.assign(tf.tidy(() => tf.add(head, tf.oneHot([EOS], SMALL.vocabSize).reshape([-1]).mul(-30))));
    const before = tf.memory().numTensors;
    for (const temperature of [0, 1]) {
      const fused = await run(model, true, temperature);
      const plain = await run(model, false, temperature);
      expect([fused.on, plain.on]).toEqual([true, false]);
      fused.gens.forEach((g, b) => {
        expect(g.tokens, `row ${b} at temperature ${temperature}`).toEqual(plain.gens[b].tokens);
        const steps = g.logits ?? [];
        expect(steps.length).toBe(8); // decode steps ran, not only the prefill
        steps.forEach((row, s) => {
          expect(
            relError(row, plain.gens[b].logits?.[s] ?? new Float32Array()),
            `row ${b} step ${s}`,
          ).toBeLessThan(1e-5);
        });
      });
    }
    expect(tf.memory().numTensors).toBe(before); // the concatenated q|k|v weights are disposed
    model.dispose();
  });
});
