import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { useNodeWebGpu } from '../../node/nodeWebgpu';
import { AdamW, trainStep } from '../train/optimizer';
import { goldItem, makeSequenceBatch } from './batch';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from './config';
import { generate } from './generate';
import { forward, Gpt } from './gpt';
import { sftLoss } from './logprobs';

const TINY: ModelConfig = { ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 };
const PROMPTS = ['7+8=', '12+34=', '9*7='];

async function logitsOf(model: Gpt, ids: number[][]): Promise<Float32Array> {
  const logits = tf.tidy(() => forward(model, tf.tensor2d(ids, undefined, 'int32')).logits);
  const out = (await logits.data()) as Float32Array;
  logits.dispose();
  return out;
}

const answers = async (model: Gpt) =>
  (await generate(model, PROMPTS, { temperature: 1, seed: 4, maxNewTokens: 6 })).map((g) => g.tokens);

/**
 * The labelling panel samples "answers from" an arm through a frozen copy of its weights, taken while the
 * arm may train on (worker/runner.ts). The copy shares the arm's tensors until an update assigns new
 * ones; this checks that on WebGPU too (Dawn + SwiftShader in Node; CI installs both, so there it runs).
 */
describe('Gpt.frozenCopy on WebGPU', () => {
  it('keeps the weights and the answers of the moment while the model trains on', async () => {
    const gpu = await useNodeWebGpu();
    if (!gpu && process.env.CI) throw new Error('no WebGPU adapter in CI: is chromium-common installed?');
    if (!gpu) return; // a developer machine without SwiftShader: nothing to check
    expect(tf.getBackend()).toBe('webgpu');
    const m = Gpt.init(TINY, 5);
    const before = tf.memory().numTensors;
    const ids = [[2, 3, 12, 4, 15]];
    const at0 = await logitsOf(m, ids);
    const sampled0 = await answers(m);
    const copy = m.frozenCopy();
    const opt = new AdamW(m.params, { lr: 1e-2, warmupSteps: 0, weightDecay: 0, clipNorm: 1 });
    const batch = makeSequenceBatch([goldItem('7+8=', '15')], TINY.contextLength);
    for (let s = 0; s < 3; s++) tf.dispose(Object.values(trainStep(m.params, opt, () => sftLoss(m, batch))));
    expect(await logitsOf(m, ids)).not.toEqual(at0); // the model moved
    expect(await logitsOf(copy, ids)).toEqual(at0); // its copy did not
    expect(await answers(copy)).toEqual(sampled0); // and samples what the model sampled then
    copy.dispose();
    opt.dispose();
    expect(await logitsOf(m, ids)).not.toEqual(at0); // disposing the copy leaves the model whole
    m.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
    await useBackend('wasm');
  });
});
