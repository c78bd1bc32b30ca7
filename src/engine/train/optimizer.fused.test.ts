import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { startWebGpu } from '../../node/gpuTest';
import { goldItem, makeSequenceBatch } from '../model/batch';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from '../model/config';
import { Gpt } from '../model/gpt';
import { sftLoss } from '../model/logprobs';
import { makeParams } from '../model/params';
import { AdamW, trainStep } from './optimizer';

const TINY: ModelConfig = { ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 };
const BATCH = makeSequenceBatch(
  [goldItem('7+8=', '15'), goldItem('12+34=', '46'), goldItem('9*7=', '63'), goldItem('5-3=', '2')],
  TINY.contextLength,
);
const OPTS = { lr: 1e-2, weightDecay: 0.1, clipNorm: 0.5, warmupSteps: 3 };

async function train(init: Map<string, Float32Array>, steps: number) {
  const model = new Gpt(TINY, makeParams(TINY, init));
  const opt = new AdamW(model.params, OPTS);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const { loss, gradNorm } = trainStep(model.params, opt, () => sftLoss(model, BATCH));
    losses.push((await loss.data())[0]);
    tf.dispose([loss, gradNorm]);
  }
  return { model, opt, losses };
}

/**
 * The whole training path on WebGPU (fused AdamW, norm, and whatever the model fuses) against the same
 * run on cpu (tfjs ops throughout), on Dawn + SwiftShader in Node.
 */
describe('a training run on WebGPU with the fused kernels', () => {
  it('stays within 1e-4 of cpu in loss over 20 steps, and repeats exactly', async () => {
    await useBackend('cpu');
    const init = await Gpt.init(TINY, 3).values();
    const cpu = await train(init, 20);
    cpu.opt.dispose();
    cpu.model.dispose();
    if (!(await startWebGpu())) return;
    const before = tf.memory().numTensors;
    const runs = [];
    for (let r = 0; r < 2; r++) {
      const run = await train(init, 20);
      // every group of every step but the first (whose variables still share the init's buffers) in place
      expect(run.opt.inPlaceGroups).toBeGreaterThanOrEqual(19);
      run.opt.dispose();
      run.model.dispose();
      runs.push(run.losses);
    }
    expect(tf.memory().numTensors).toBe(before);
    for (const [i, l] of runs[0].entries()) expect(Math.abs(l - cpu.losses[i])).toBeLessThan(1e-4);
    expect(runs[1]).toEqual(runs[0]); // deterministic
    expect(runs[0][19]).toBeLessThan(runs[0][0] - 0.5); // it trained
    await useBackend('wasm');
  });

  it('exports its packed moments as m and v, and a new optimizer goes on from them as from its own', async () => {
    if (!(await startWebGpu())) return;
    const init = Gpt.init(TINY, 4);
    const values = await init.values();
    init.dispose();
    const a = await train(values, 3);
    const state = await a.opt.exportState();
    expect(state.t).toBe(3);
    expect(state.m.wte.length).toBe(TINY.vocabSize * TINY.width);
    expect(state.v.wte.every((x) => x >= 0)).toBe(true);
    expect(state.m.wte.some((x) => x !== 0)).toBe(true);
    // a second model and optimizer from the exported state take the same next step
    const b = new Gpt(TINY, makeParams(TINY, await a.model.values()));
    const optB = new AdamW(b.params, OPTS);
    optB.loadState(state);
    expect(await optB.exportState()).toEqual(state);
    const next = async (m: Gpt, o: AdamW) => {
      const { loss, gradNorm } = trainStep(m.params, o, () => sftLoss(m, BATCH));
      tf.dispose([loss, gradNorm]);
      return m.values();
    };
    expect(await next(b, optB)).toEqual(await next(a.model, a.opt));
    for (const x of [a.opt, a.model, optB, b]) x.dispose();
    await useBackend('wasm');
  });
});
