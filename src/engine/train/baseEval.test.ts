import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { loadCheckpoint } from '../../node/checkpoint-fs';
import type { Gpt } from '../model/gpt';
import {
  BASE_EVAL_FILE,
  checkBaseEvalFile,
  evaluateBase,
  presetRuns,
  shippedBaseEval,
  weightsDigest,
} from './baseEval';
import { Experiment } from './experiment';

const DIR = 'public/models/base';
let model: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  model = (await loadCheckpoint(DIR)).model;
});
afterAll(() => model.dispose());

describe('the shipped base evaluation', () => {
  const file = checkBaseEvalFile(JSON.parse(readFileSync(`${DIR}/${BASE_EVAL_FILE}`, 'utf8')));

  it('belongs to the shipped weights and covers every preset', async () => {
    expect(file.weights).toBe(await weightsDigest(model));
    expect(file.entries.flatMap((e) => e.presets).sort()).toEqual(
      presetRuns()
        .map((p) => p.name)
        .sort(),
    );
  });

  // All presets (tiny, workshop, noisy): their held-out sets take about 2 s on wasm here.
  it("equals a live evaluation of the base model, and a run's own iteration 0, for every preset", async () => {
    for (const p of presetRuns()) {
      const shipped = shippedBaseEval(file, file.weights, p.mix, p.settings);
      expect(shipped, p.name).not.toBeNull();
      expect(await evaluateBase(model, p.mix, p.settings), p.name).toEqual(shipped);
    }
    // A run evaluates iteration 0 itself when it is not given the shipped one: the same numbers.
    const tiny = presetRuns().find((p) => p.name === 'tiny');
    if (!tiny) throw new Error('no tiny preset');
    const exp = await Experiment.create(model, tiny.mix, { ...tiny.settings, methods: ['nft'], seed: 1 });
    await exp.stepOne();
    expect(exp.histories[0].evals[0].eval).toEqual(
      shippedBaseEval(file, file.weights, tiny.mix, tiny.settings),
    );
    exp.dispose();
  });

  it('is not used for other weights, another held-out set or another temperature', async () => {
    const p = presetRuns()[0];
    expect(shippedBaseEval(file, 'other', p.mix, p.settings)).toBeNull();
    expect(shippedBaseEval(file, file.weights, p.mix.slice(1), p.settings)).toBeNull();
    const warmer = { ...p.settings, rollout: { ...p.settings.rollout, temperature: 1.5 } };
    expect(shippedBaseEval(file, file.weights, p.mix, warmer)).toBeNull();
  });
});
