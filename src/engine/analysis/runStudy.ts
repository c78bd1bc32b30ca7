/**
 * The gradient study a run takes at an evaluation (the app's gradient view), and that the CLI's
 * `gradients` command reproduces: ONE derivation of the compared methods, the question stream and the
 * sampling seeds, so both print the same numbers for the same seed.
 *
 *   arms      the run's arms that train on rollouts, each with its resolved loss options, plus RFT with
 *             w = 1 when NFT is among them and no arm is it (the theory compares NFT, w = 1 - r_hat,
 *             with RFT, w = 1: same expected gradient on policy, different noise)
 *   seed      studySeed(run seed, iteration): the study's question stream and its sampling seeds.
 *             Not the arms' own stream: the study must not consume or repeat the questions they train on.
 */
import { type LossOptions, type Method, resolveOptions } from '../losses/options';
import type { Gpt } from '../model/gpt';
import { mix32 } from '../rng';
import { createQuestionStream, type TaskMix } from '../tasks';
import { type LabelSettings, labelerFor } from '../train/labelers';
import type { RolloutSettings } from '../train/rollout';
import { type GradientArm, type GradientStudy, gradientStudy } from './methodGradients';
import { RFT_W1 } from './studyNames';

export { RFT_W1 };

/** Everything a study depends on besides the weights; plain data. */
export interface StudyPlan {
  mix: TaskMix;
  /** The run's seed (the study's own seed is derived from it and the iteration). */
  seed: number;
  /** The evaluation's iteration (0 = the base, before any update). */
  iteration: number;
  rollout: RolloutSettings;
  arms: GradientArm[];
  rollouts: number;
  /**
   * The run's marks when they are not the exact verifier's (label noise, a biased verifier): the study
   * takes each method's gradient on the marks its arm trains on. The labeler is rebuilt from these
   * settings and the run's seed, as the run builds its own, so the same answer gets the same mark.
   */
  labels?: LabelSettings;
  /** Update steps each method takes on each rollout before its gradient (methodGradients.ts); 0: on policy. */
  steps?: number;
  /** Their learning rate (default 3e-4). */
  lr?: number;
}

/** The study's seed (questions and sampling) at `iteration` of a run with seed `seed`. */
export function studySeed(seed: number, iteration: number): number {
  return mix32(mix32((seed ^ 0x67ad1e47) >>> 0) ^ mix32(iteration + 0x51ed));
}

/** Is this arm RFT with w = 1 (the paper's RFT)? */
export function isRftW1(a: { method: Method; loss: LossOptions }): boolean {
  return a.method === 'rft' && a.loss.weighting === 'one';
}

/**
 * The compared methods, from the run's arms (name, method, resolved loss options) and the run's loss
 * overrides. SFT arms are left out: they train on gold answers, so their loss on the sampled answers
 * is not their update. The reference RFT (w = 1) gets the same overrides as the run's RFT would.
 */
export function studyArms(
  arms: readonly { name: string; method: Method; loss: LossOptions }[],
  overrides: Partial<LossOptions>,
): GradientArm[] {
  const out = arms
    .filter((a) => a.method !== 'sft')
    .map((a) => ({ name: a.name, method: a.method, loss: { ...a.loss } }));
  const needsReference =
    out.some((a) => a.method === 'nft') && !out.some(isRftW1) && !out.some((a) => a.name === RFT_W1);
  if (needsReference) {
    out.push({
      name: RFT_W1,
      method: 'rft',
      loss: { ...resolveOptions('rft', overrides, { shared: true }), weighting: 'one' },
    });
  }
  return out;
}

/** Runs the study of `plan` at the model's current weights (which it leaves unchanged). */
export function runStudy(model: Gpt, plan: StudyPlan): Promise<GradientStudy> {
  const s = studySeed(plan.seed, plan.iteration);
  const labeler = plan.labels ? labelerFor(plan.labels, plan.seed) : undefined;
  const stream = createQuestionStream(plan.mix, s);
  return gradientStudy(model, stream, plan.arms, plan.rollout, plan.rollouts, s, {
    labeler,
    steps: plan.steps,
    lr: plan.lr,
  });
}
