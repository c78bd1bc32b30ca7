import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import type { Generation } from '../model/generate';
import { Gpt } from '../model/gpt';
import { hashString } from '../rng';
import type { Question, TaskMix } from '../tasks';
import { diverged } from './divergence';
import { Experiment, type ExperimentSettings } from './experiment';

const MIX: TaskMix = [{ level: 'add1', weight: 1 }];
const SETTINGS: ExperimentSettings = {
  methods: ['nft', 'sft'],
  seed: 4,
  iterations: 3,
  evalEvery: 1,
  rollout: { M: 2, K: 4, temperature: 1, filter: true, maxRounds: 2 },
  mu: 1,
  lr: 1e-3,
  warmupSteps: 1,
  weightDecay: 0.01,
  clipNorm: 1,
  loss: {},
  eval: { perLevel: 2, k: 2, seed: 5 },
};
const labeler = (q: Question, g: Generation) => hashString(`${q.prompt}|${g.text}`) % 3 === 0;

let base: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 2);
});
afterAll(() => base.dispose());

describe('an arm whose loss becomes NaN', () => {
  it('stops there, while the other arms train to the end; a snapshot of it restores', async () => {
    const exp = await Experiment.create(base, MIX, SETTINGS);
    const [first] = exp.modelOf('sft').params.values();
    tf.tidy(() => first.assign(tf.fill(first.shape, Number.NaN)));
    while (!exp.done) await exp.stepOne({ labeler });
    const [nft, sft] = exp.histories;
    expect(sft.iterations).toHaveLength(1);
    expect(Number.isNaN(sft.iterations[0].loss)).toBe(true);
    expect(diverged(sft)).toBe(true);
    expect(sft.evals).toHaveLength(1); // the shared base evaluation only
    expect(nft.iterations).toHaveLength(3);
    expect(nft.iterations.every((m) => Number.isFinite(m.loss))).toBe(true);
    expect(exp.stopped).toEqual(['sft']);

    const restored = await Experiment.restore(base, structuredClone(await exp.snapshot()));
    expect(restored.done).toBe(true);
    expect(restored.stopped).toEqual(['sft']);
    restored.dispose();
    exp.dispose();
  });

  it('diverged reads the last iteration only', () => {
    const m = (loss: number, gradNorm = 1) => ({ loss, gradNorm });
    expect(diverged({ iterations: [] })).toBe(false);
    expect(diverged({ iterations: [m(Number.NaN), m(1)] })).toBe(false);
    expect(diverged({ iterations: [m(1), m(1, Number.POSITIVE_INFINITY)] })).toBe(true);
  });
});
