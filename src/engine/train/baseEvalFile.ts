/**
 * The shipped base evaluation's file (baseEval.ts computes it): its format, the key a run's held-out set
 * and temperature give, and the look-up. No tfjs: the page reads the file too, to plot iteration 0
 * before the worker is up.
 */
import { DEFAULT_TASK_MIX, type TaskMix } from '../tasks';
import type { ArmEval } from './evaluate';
import type { ExperimentSettings } from './experiment';
import { PRESETS } from './presets';

export const BASE_EVAL_FORMAT = 'nft-playground/base-eval@1';
export const BASE_EVAL_FILE = 'base-eval.json';

export interface BaseEvalEntry {
  /** The presets whose default settings give this held-out set and temperature. */
  presets: string[];
  key: string;
  eval: ArmEval;
}

export interface BaseEvalFile {
  format: typeof BASE_EVAL_FORMAT;
  /** weightsDigest() of the model it was computed for. */
  weights: string;
  /** The backend it was computed on. */
  backend: string;
  entries: BaseEvalEntry[];
}

/** What an evaluation depends on besides the weights: the held-out set's levels and seed, k, temperature. */
export function baseEvalKey(mix: TaskMix, s: Pick<ExperimentSettings, 'eval' | 'rollout'>): string {
  return JSON.stringify({
    levels: mix.map((e) => e.level),
    perLevel: s.eval.perLevel,
    seed: s.eval.seed,
    k: s.eval.k,
    temperature: s.rollout.temperature,
  });
}

/** The presets as the page runs them by default: the preset's mix, else every default level at weight 1. */
export function presetRuns() {
  return Object.values(PRESETS).map((p) => ({
    name: p.name,
    mix: p.mix ?? DEFAULT_TASK_MIX.map((e) => ({ level: e.level, weight: 1 })),
    settings: p.settings,
  }));
}

/** Checks a parsed file's shape; throws with what is wrong. */
export function checkBaseEvalFile(json: unknown): BaseEvalFile {
  const f = json as BaseEvalFile;
  if (!f || f.format !== BASE_EVAL_FORMAT) throw new Error(`not a ${BASE_EVAL_FORMAT} file`);
  if (typeof f.weights !== 'string' || !Array.isArray(f.entries))
    throw new Error('weights or entries missing');
  for (const e of f.entries)
    if (typeof e.key !== 'string' || typeof e.eval?.greedy?.accuracy !== 'number')
      throw new Error('an entry lacks its key or its evaluation');
  return f;
}

/** The file's evaluation for this held-out set and temperature, whatever the weights (null: none). */
export function baseEvalFor(
  file: BaseEvalFile | null,
  mix: TaskMix,
  s: Pick<ExperimentSettings, 'eval' | 'rollout'>,
): ArmEval | null {
  const key = baseEvalKey(mix, s);
  return file?.entries.find((e) => e.key === key)?.eval ?? null;
}

/** The shipped evaluation for this run, when the file is for these weights and has its key; else null. */
export function shippedBaseEval(
  file: BaseEvalFile | null,
  weights: string,
  mix: TaskMix,
  s: Pick<ExperimentSettings, 'eval' | 'rollout'>,
): ArmEval | null {
  return file && file.weights === weights ? baseEvalFor(file, mix, s) : null;
}
