/**
 * The base model's evaluation, shipped beside it (public/models/base/base-eval.json): every run of a
 * preset starts from the same weights and evaluates them on the same held-out set, so iteration 0 is
 * the same for all of them. `npm run cli -- base-eval` (and `pretrain`, after it writes the model)
 * computes it once per preset on wasm; the page plots it at load, and the worker uses it instead of
 * evaluating again when the run's held-out set, sampling temperature and weights are the ones it was
 * computed for (the key and the weights' digest). A unit test checks it equals a live evaluation.
 * The file's format and look-up, with no tfjs (the page reads it too), are in baseEvalFile.ts.
 */
import type { Gpt } from '../model/gpt';
import { makeEvalSet, type TaskMix } from '../tasks';
import { BASE_EVAL_FORMAT, type BaseEvalEntry, type BaseEvalFile, baseEvalKey } from './baseEvalFile';
import { evaluateArm } from './evaluate';
import type { ExperimentSettings } from './experiment';

export * from './baseEvalFile';

/** FNV-1a over every weight's bytes, in parameter-name order: which weights an evaluation belongs to. */
export async function weightsDigest(model: Gpt): Promise<string> {
  const values = await model.values();
  let h = 0x811c9dc5;
  for (const name of [...values.keys()].sort()) {
    for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    const bytes = new Uint8Array(values.get(name)?.buffer ?? new ArrayBuffer(0));
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The base model's evaluation under `mix` and `s` exactly as an Experiment makes it at iteration 0. */
export function evaluateBase(model: Gpt, mix: TaskMix, s: Pick<ExperimentSettings, 'eval' | 'rollout'>) {
  return evaluateArm(model, makeEvalSet(mix, s.eval.seed, s.eval.perLevel), {
    k: s.eval.k,
    temperature: s.rollout.temperature,
    seed: s.eval.seed,
  });
}

/** One entry per distinct key among the presets (e.g. noisy shares workshop's held-out set). */
export async function computeBaseEvals(
  model: Gpt,
  backend: string,
  presets: Array<{ name: string; mix: TaskMix; settings: Pick<ExperimentSettings, 'eval' | 'rollout'> }>,
): Promise<BaseEvalFile> {
  const entries: BaseEvalEntry[] = [];
  for (const p of presets) {
    const key = baseEvalKey(p.mix, p.settings);
    const same = entries.find((e) => e.key === key);
    if (same) same.presets.push(p.name);
    else entries.push({ presets: [p.name], key, eval: await evaluateBase(model, p.mix, p.settings) });
  }
  return { format: BASE_EVAL_FORMAT, weights: await weightsDigest(model), backend, entries };
}
