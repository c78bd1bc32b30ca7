import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { sampleLabelBatch } from '../labels/sample';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import type { Generation } from '../model/generate';
import { Gpt } from '../model/gpt';
import { hashString } from '../rng';
import type { Question, TaskMix } from '../tasks';
import { type ArmHistory, Experiment, type ExperimentSettings } from './experiment';

const MIX: TaskMix = [
  { level: 'add1', weight: 1 },
  { level: 'mul1', weight: 1 },
];
const SETTINGS: ExperimentSettings = {
  methods: ['nft', 'rft', 'sft'],
  seed: 4,
  iterations: 4,
  evalEvery: 2,
  rollout: { M: 3, K: 4, temperature: 1, filter: true, maxRounds: 2 },
  mu: 2,
  lr: 1e-3,
  warmupSteps: 2,
  weightDecay: 0.01,
  clipNorm: 1,
  loss: {},
  eval: { perLevel: 3, k: 2, seed: 5 },
};

/** An untrained model is always wrong: marks by a hash of the answer, so they are mixed and stateless. */
const hashLabeler = (q: Question, g: Generation) => hashString(`${q.prompt}|${g.text}`) % 3 === 0;

/** What must repeat exactly (wall times cannot). */
const numbers = (hs: ArmHistory[]) =>
  hs.map((h) => ({
    it: h.iterations.map((m) => [m.loss, m.gradNorm, m.entropy, m.right, m.wrong, m.drawn]),
    ev: h.evals.map((e) => [e.iteration, e.answersSeen, e.eval.greedy.accuracy, e.eval.sampled.accuracy]),
  }));

let base: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 2);
});
afterAll(() => base.dispose());

async function runToEnd(exp: Experiment): Promise<ArmHistory[]> {
  while (!exp.done) await exp.stepOne({ labeler: hashLabeler });
  return exp.histories;
}

describe('experiment snapshots', () => {
  it('a run restored from a snapshot (after a structured clone) ends exactly like an uninterrupted one', async () => {
    const before = tf.memory().numTensors;
    const whole = await Experiment.create(base, MIX, SETTINGS);
    const expected = numbers(await runToEnd(whole));
    whole.dispose();

    for (const units of [0, 1, 5]) {
      const first = await Experiment.create(base, MIX, SETTINGS);
      for (let i = 0; i < units; i++) await first.stepOne({ labeler: hashLabeler });
      await first.snapshot(); // a second call must reuse or refresh each arm's part correctly
      if (units > 0) await first.stepOne({ labeler: hashLabeler });
      const snap = structuredClone(await first.snapshot());
      first.dispose();
      // Iterations completed by every arm of the snapshot.
      const completed = Math.min(...snap.arms.map((a) => a.history.iterations.length));
      expect(completed).toBe(units > 0 ? Math.floor(units / 3) : 0);
      const resumed = await Experiment.restore(base, snap);
      expect(numbers(await runToEnd(resumed))).toEqual(expected);
      resumed.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a run with arms on labelled answers is rebuilt from its snapshot and ends the same', async () => {
    const batch = await sampleLabelBatch(base, {
      mix: MIX,
      runSeed: 4,
      batch: 0,
      questions: 3,
      K: 4,
      temperature: 1,
      model: 'base',
      id: 'b1',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    // The untrained model is always wrong: the person marks a mixed set right.
    batch.records.forEach((r, i) => {
      r.personMark = i % 3 === 0;
    });
    const s: ExperimentSettings = {
      ...SETTINGS,
      methods: ['nft', 'rft'],
      labelled: { methods: ['nft', 'rft'], batch },
    };
    const whole = await Experiment.create(base, MIX, s);
    expect(whole.histories.map((h) => h.name)).toEqual(['nft', 'rft', 'nft-labels', 'rft-labels']);
    const expected = numbers(await runToEnd(whole));
    whole.dispose();
    const labelled = expected.slice(2).map((h) => h.it.map((m) => [m[3], m[4]]));
    // Every iteration trains on the same labelled answers: the same right / wrong counts each time.
    expect(labelled[0].every((x) => x.join() === labelled[0][0].join())).toBe(true);
    const first = await Experiment.create(base, MIX, s);
    for (let i = 0; i < 6; i++) await first.stepOne({ labeler: hashLabeler });
    const snap = structuredClone(await first.snapshot());
    first.dispose();
    const resumed = await Experiment.restore(base, snap);
    expect(numbers(await runToEnd(resumed))).toEqual(expected);
    resumed.dispose();
  });

  it('refuses a snapshot of other arms, another model, or a bad format, and leaks nothing', async () => {
    const exp = await Experiment.create(base, MIX, SETTINGS);
    await exp.stepOne({ labeler: hashLabeler });
    const snap = await exp.snapshot();
    exp.dispose();
    const before = tf.memory().numTensors;
    const renamed = { ...snap, arms: snap.arms.map((a, i) => (i === 0 ? { ...a, name: 'grpo' } : a)) };
    await expect(Experiment.restore(base, renamed)).rejects.toThrow(
      /snapshot arms \(grpo, rft, sft\) differ/,
    );
    const short = {
      ...snap,
      arms: snap.arms.map((a) => ({ ...a, params: { ...a.params, wte: new Float32Array(3) } })),
    };
    await expect(Experiment.restore(base, short)).rejects.toThrow(/nft weights wte: 3 values, expected/);
    await expect(Experiment.restore(base, { ...snap, version: 2 } as never)).rejects.toThrow(
      /not an experiment snapshot/,
    );
    const poisoned = structuredClone(snap);
    poisoned.arms[1].params.wte[5] = Number.NaN;
    await expect(Experiment.restore(base, poisoned)).rejects.toThrow(
      'snapshot arm rft: weight wte[5] is NaN, not a finite number',
    );
    const noHistory = { ...snap, arms: snap.arms.map((a) => ({ ...a, history: undefined })) };
    await expect(Experiment.restore(base, noHistory as never)).rejects.toThrow(/nft: no history/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
