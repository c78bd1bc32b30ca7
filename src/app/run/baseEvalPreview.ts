/**
 * Iteration 0 from the first second: the base model's evaluation is shipped beside it
 * (engine/train/baseEvalFile.ts), so the page reads it at once and plots it for a new run's arms while
 * the worker starts. The worker's arms (configure) then replace these: with the same point when its
 * weights are the ones the file was made for, else without it (the run evaluates iteration 0 itself).
 */
import { resolveOptions } from '../../engine/losses/options';
import {
  BASE_EVAL_FILE,
  type BaseEvalFile,
  baseEvalFor,
  checkBaseEvalFile,
} from '../../engine/train/baseEvalFile';
import type { RunConfig } from '../../worker/protocol';
import type { ArmSeries } from './history';
import { useRunStore } from './runStore';

let file: Promise<BaseEvalFile | null> | null = null;

/** The shipped file, fetched once per page (null: not served or not readable). */
function shippedFile(modelUrl: string): Promise<BaseEvalFile | null> {
  file ??= fetch(new URL(BASE_EVAL_FILE, new URL(modelUrl, window.location.href)))
    .then(async (res) => (res.ok ? checkBaseEvalFile(await res.json()) : null))
    .catch(() => null);
  return file;
}

/**
 * The arms a run of `config` will have, each with iteration 0 evaluated as `point` says; null when the
 * run has labelled arms or a gradient study (it evaluates iteration 0 itself) or no point fits.
 */
export function previewArms(config: RunConfig, shipped: BaseEvalFile | null): ArmSeries[] | null {
  const e = config.experiment;
  if (e.labelled || (config.gradients?.rollouts ?? 0) > 0) return null;
  const ev = baseEvalFor(shipped, config.mix, e);
  if (!ev) return null;
  const point = { iteration: 0, answersSeen: 0, computeSeconds: 0, eval: ev };
  return e.methods.map((method, i) => ({
    // Named as the worker names them (engine/train/experiment.ts); its ArmInfo replaces these.
    name: e.methods.indexOf(method) === i ? method : `${method}#${i + 1}`,
    method,
    loss: resolveOptions(method, e.loss),
    iterations: [],
    evals: [point],
  }));
}

/** Plots the shipped iteration 0 for run `runId` unless the worker's arms came first. */
export async function previewIterationZero(
  runId: number,
  config: RunConfig,
  modelUrl: string,
): Promise<void> {
  const arms = previewArms(config, await shippedFile(modelUrl));
  const now = useRunStore.getState();
  if (arms && now.runId === runId && now.arms.length === 0) useRunStore.setState({ arms });
}
