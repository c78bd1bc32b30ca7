import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import type { TaskMix } from '../tasks';
import { type ExperimentSettings, runExperiment } from './experiment';
import type { Rollout } from './rollout';

const MIX: TaskMix = [
  { level: 'add1', weight: 1 },
  { level: 'sub1', weight: 1 },
];
const SETTINGS: ExperimentSettings = {
  methods: ['nft', 'rft'],
  seed: 3,
  iterations: 3,
  evalEvery: 2,
  rollout: { M: 4, K: 4, temperature: 1, filter: true, maxRounds: 2 },
  mu: 2,
  lr: 1e-3,
  warmupSteps: 2,
  weightDecay: 0,
  clipNorm: 1,
  loss: {},
  eval: { perLevel: 4, k: 2, seed: 11 },
};

beforeAll(async () => {
  await useBackend('wasm');
});

/** An untrained model is always wrong; a seeded coin stands in for the verifier so groups are mixed. */
function coinLabeler() {
  let n = 0;
  return () => (n++ * 2654435761) % 7 < 3;
}

describe('runExperiment', () => {
  it('arms share iteration 0, produce finite metrics, and repeat exactly for a seed', async () => {
    const base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 1);
    const run = async () => {
      const rollouts: Record<string, Rollout[]> = {};
      const before = tf.memory().numTensors;
      const hist = await runExperiment(base, MIX, SETTINGS, {
        labeler: coinLabeler(),
        onIteration: (arm, _m, r) => {
          if (!r) return;
          rollouts[arm.name] = [...(rollouts[arm.name] ?? []), r];
        },
      });
      expect(tf.memory().numTensors).toBe(before);
      return { hist, rollouts };
    };
    const { hist, rollouts } = await run();
    expect(hist.map((h) => h.name)).toEqual(['nft', 'rft']);
    const texts = (r: Rollout) =>
      r.firstRound.map((g) => [g.question.prompt, g.answers.map((a) => a.generation.text)]);
    expect(texts(rollouts.nft[0])).toEqual(texts(rollouts.rft[0]));
    for (const h of hist) {
      expect(h.iterations).toHaveLength(3);
      expect(h.evals.map((e) => e.iteration)).toEqual([0, 2, 3]);
      for (const m of h.iterations) {
        for (const v of [m.loss, m.gradNorm, m.entropy, m.sampleMs, m.updateMs])
          expect(Number.isFinite(v)).toBe(true);
        expect(m.right + m.wrong).toBe(m.keptQuestions * 4);
        // Off-policy drift as the steps saw it: the first step is on policy (exactly 0), so with two
        // steps the mean is half the last step's.
        if (m.steps === 1) expect([m.absLogRatio, m.absLogRatioLast]).toEqual([0, 0]);
        if (m.steps === 2) {
          expect(m.absLogRatioLast).toBeGreaterThan(0);
          expect(m.absLogRatio).toBe((m.absLogRatioLast ?? Number.NaN) / 2);
        }
      }
      for (const e of h.evals) {
        expect(e.eval.greedy.accuracy).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(e.eval.entropy)).toBe(true);
      }
    }
    expect(hist[0].iterations[0].steps).toBeGreaterThan(0);
    expect(hist.flatMap((h) => h.iterations).some((m) => m.steps === 2)).toBe(true);
    // RFT ignores wrong answers, NFT uses them: after the first update the arms differ.
    expect(hist[0].iterations[1].loss).not.toBe(hist[1].iterations[1].loss);
    const again = await run();
    expect(again.hist.map((h) => h.iterations.map((m) => m.loss))).toEqual(
      hist.map((h) => h.iterations.map((m) => m.loss)),
    );
    base.dispose();
  });
});

describe('the tiny preset from the shipped base', () => {
  it('runs NFT and RFT side by side: shared iteration 0, finite metrics, evaluations on the held-out set', async () => {
    const { loadCheckpoint } = await import('../../node/checkpoint-fs');
    const { getPreset } = await import('./presets');
    const { model, meta } = await loadCheckpoint('public/models/base');
    const preset = getPreset('tiny');
    const first: Record<string, string[]> = {};
    const hist = await runExperiment(
      model,
      meta.tasks.mix,
      { ...preset.settings, methods: ['nft', 'rft'], seed: 1 },
      {
        onIteration: (arm, m, r) => {
          if (m.iteration === 0 && r)
            first[arm.name] = r.firstRound.flatMap((g) => g.answers.map((a) => a.generation.text));
        },
      },
    );
    expect(first.nft.length).toBe(preset.settings.rollout.M * preset.settings.rollout.K);
    expect(first.nft).toEqual(first.rft);
    for (const h of hist) {
      expect(h.iterations).toHaveLength(preset.settings.iterations);
      expect(h.evals[0].eval.greedy.accuracy).toBeGreaterThan(0.15);
      for (const e of h.evals) {
        for (const v of [e.eval.greedy.accuracy, e.eval.sampled.accuracy, e.eval.passAtK, e.eval.entropy]) {
          expect(Number.isFinite(v)).toBe(true);
        }
      }
      expect(h.iterations.some((m) => m.keptQuestions > 0 && m.steps > 0)).toBe(true);
    }
    model.dispose();
  });
});

describe('Experiment.modelOf', () => {
  it("gives an arm's own current weights (what the gradient study samples from); unknown names throw", async () => {
    const { Experiment } = await import('./experiment');
    const base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 1);
    const exp = await Experiment.create(base, MIX, {
      ...SETTINGS,
      rollout: { ...SETTINGS.rollout, filter: false },
    });
    const weights = async (name: string) => Object.fromEntries(await exp.modelOf(name).values());
    const start = Object.fromEntries(await base.values());
    expect(exp.modelOf('nft')).not.toBe(exp.modelOf('rft'));
    expect(exp.modelOf('nft')).not.toBe(base);
    expect(await weights('nft')).toEqual(start);
    await exp.stepOne(); // the base evaluation
    await exp.stepOne({ labeler: coinLabeler() }); // nft's first iteration: only nft's weights move
    expect(await weights('nft')).not.toEqual(start);
    expect(await weights('rft')).toEqual(start);
    expect(() => exp.modelOf('grpo')).toThrow('no arm named "grpo" (arms: nft, rft)');
    exp.dispose();
    base.dispose();
  });
});
