import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { startWebGpu } from '../../node/gpuTest';
import { setFusedKernels } from '../kernels/webgpu';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { generate } from '../model/generate';
import { Gpt } from '../model/gpt';
import { DEFAULT_TASK_MIX, makeEvalSet } from '../tasks';
import { EOS } from '../tokenizer';
import { answerAll, batchStreams } from './evaluate';

const PROMPTS = ['7+8=', '12+34=', '9*7=', '5-3=', '40+2=', '3*3=', '8-1='];

/**
 * WebGPU answers several evaluation batches in one generate call (GPU_BATCHES); each row must keep the
 * random stream it has when its batch of 3 has a call of its own, so the answers do not depend on it.
 */
describe('evaluation batches in one generate call', () => {
  beforeAll(() => useBackend('wasm'));

  it('give every row the sampled answer it gets in its own batch', async () => {
    const model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 3);
    const seed = 100;
    const opts = { temperature: 1.5, maxNewTokens: 6 };
    const separate = [];
    for (let i = 0; i < PROMPTS.length; i += 3)
      separate.push(...(await generate(model, PROMPTS.slice(i, i + 3), { ...opts, seed: seed + i })));
    const together = await generate(model, PROMPTS, { ...opts, seed, rowSeed: batchStreams(seed, 3) });
    const plain = await generate(model, PROMPTS, { ...opts, seed });
    const tokens = (gs: { tokens: number[] }[]) => gs.map((g) => g.tokens);
    expect(tokens(together)).toEqual(tokens(separate));
    expect(tokens(plain)).not.toEqual(tokens(separate)); // the streams matter: one call without them differs
    model.dispose();
  });
});

/** The WebGPU branch itself: 4 batches of 3 per call (fused) answer as one call per batch (fusion off). */
describe('evaluation on WebGPU', () => {
  it('answers as one call per batch does', async () => {
    if (!(await startWebGpu())) return;
    const model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 4);
    // EOS made likely (about half of each step's mass), so answers are short and of random lengths
    const head = model.p('head.b');
    head.assign(
      tf.tidy(() => tf.add(head, tf.oneHot([EOS], DEFAULT_MODEL_CONFIG.vocabSize).reshape([-1]).mul(3))),
    );
    const questions = makeEvalSet(DEFAULT_TASK_MIX, 1, 1).slice(0, 7);
    const texts = async (fused: boolean) => {
      setFusedKernels(fused);
      try {
        const answers = await answerAll(model, questions, { temperature: 1, seed: 5, k: 2, batchSize: 3 });
        return answers.map((a) => a.generation.tokens.join(' '));
      } finally {
        setFusedKernels(true);
      }
    };
    const [together, separate] = [await texts(true), await texts(false)];
    expect(together).toEqual(separate);
    expect(new Set(together).size).toBeGreaterThan(3); // the answers differ: the streams are exercised
    model.dispose();
    await useBackend('wasm');
  });
});
