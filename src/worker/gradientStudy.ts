/**
 * The gradient study the runner takes after the first arm's evaluation: once per evaluation iteration,
 * at the FIRST arm's current weights (at iteration 0 they are the shared base). One set of weights,
 * because comparing updates needs the same answers sampled from the same policy; per arm it would cost
 * a study per arm and give one matrix per arm to read. The plan (compared methods, seeds) comes from
 * engine/analysis/runStudy.ts, which the CLI's `gradients` uses too.
 */
import { runStudy, studyArms } from '../engine/analysis/runStudy';
import type { Experiment } from '../engine/train/experiment';
import type { GradientReport, RunConfig } from './protocol';

export async function gradientReport(
  exp: Experiment,
  iteration: number,
  rollouts: number,
  labels?: RunConfig['labels'],
): Promise<GradientReport> {
  const t0 = performance.now();
  const first = exp.histories[0];
  const s = exp.settings;
  const report = { iteration, weightsOf: first.name, requested: rollouts };
  try {
    const arms = studyArms(exp.histories, s.loss);
    if (arms.length < 2) throw new Error('fewer than two methods train on rollouts: nothing to compare');
    const plan = { mix: exp.mix, seed: s.seed, iteration, rollout: s.rollout, arms, rollouts, labels };
    const study = await runStudy(exp.modelOf(first.name), plan);
    return { ...report, study, ms: performance.now() - t0 };
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    return { ...report, study: null, problem, ms: performance.now() - t0 };
  }
}
