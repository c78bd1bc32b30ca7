/**
 * An experiment: several arms (methods) trained side by side from the same base weights, the same
 * question stream (same seed) and the same sampling seeds, evaluated on the same held-out set.
 * Iteration 0 therefore sees identical rollouts in every arm; runs are deterministic for a seed and
 * backend. The same code drives the CLI's `experiment`, the tests and the browser worker.
 */

import { checkLabelBatch } from '../labels/labelledRollout';
import { labelledArmName } from '../labels/names';
import type { LabelBatch } from '../labels/record';
import { assertLossOptions, type LossOptions, type Method, resolveOptions } from '../losses';
import type { Gpt } from '../model/gpt';
import { createQuestionStream, makeEvalSet, type Question, type TaskMix } from '../tasks';
import { Arm, type IterationMetrics } from './arm';
import { diverged } from './divergence';
import { type ArmEval, evaluateArm } from './evaluate';
import { assignValues } from './optimizer';
import type { Pacer } from './pace';
import type { Labeler, Rollout, RolloutSettings } from './rollout';
import {
  type ArmSnapshot,
  checkSnapshot,
  type ExperimentSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
} from './snapshot';

export interface ExperimentSettings {
  methods: Method[];
  seed: number;
  iterations: number;
  /** Evaluate every this many iterations (and before the first and after the last). */
  evalEvery: number;
  rollout: RolloutSettings;
  mu: number;
  lr: number;
  warmupSteps: number;
  weightDecay: number;
  clipNorm: number;
  /** Applied on top of each method's defaults (e.g. the same eps and aggregation for every arm). */
  loss: Partial<LossOptions>;
  eval: { perLevel: number; k: number; seed: number };
  /**
   * Arms that train on a person's labelled answers (after the sampling arms): one per method, named
   * labelledArmName(method), each using `batch` as its rollout every iteration. Absent: none.
   */
  labelled?: LabelledArms;
}

export interface LabelledArms {
  methods: Method[];
  batch: LabelBatch;
}

export interface EvalPoint {
  iteration: number;
  answersSeen: number;
  computeSeconds: number;
  eval: ArmEval;
}

export interface ArmHistory {
  name: string;
  method: Method;
  loss: LossOptions;
  iterations: IterationMetrics[];
  evals: EvalPoint[];
}

export interface ExperimentHooks {
  onIteration?: (arm: ArmHistory, m: IterationMetrics, rollout?: Rollout) => void;
  onEval?: (arm: ArmHistory, p: EvalPoint) => void;
  /** Checked between steps: true stops the run (pause / reset). */
  shouldStop?: () => boolean;
  labeler?: Labeler;
  /**
   * Called between the sub-units of a unit of work (pace.ts) with the arm and iteration it works on;
   * may pause or abandon it. The numbers do not depend on it.
   */
  pacer?: (arm: string, iteration: number) => Pacer;
}

interface ArmState {
  arm: Arm;
  h: ArmHistory;
  seen: number;
  ms: number;
  /** The arm's part of the last snapshot, until the arm changes again. */
  saved?: ArmSnapshot;
}

/**
 * A steppable experiment (the worker drives it one arm-iteration at a time, so pause and reset act
 * between steps; the CLI runs it to the end). Arms advance in turn: the arm with the fewest completed
 * iterations goes next, so a paused iteration resumes where it stopped.
 */
export class Experiment {
  private readonly evalSet: Question[];
  private baseEvaluated = false;

  private constructor(
    private readonly arms: ArmState[],
    readonly settings: ExperimentSettings,
    readonly mix: TaskMix,
  ) {
    this.evalSet = makeEvalSet(mix, settings.eval.seed, settings.eval.perLevel);
  }

  /**
   * `baseEval`: the base model's evaluation on this run's held-out set, already made (shipped beside the
   * model, baseEval.ts): every arm starts with it as iteration 0 and the run does not evaluate again.
   */
  static async create(
    base: Gpt,
    mix: TaskMix,
    s: ExperimentSettings,
    baseEval?: ArmEval | null,
  ): Promise<Experiment> {
    const arms: ArmState[] = [];
    const labelled = s.labelled?.methods ?? [];
    if (s.labelled) checkLabelBatch(s.labelled.batch);
    if (labelled.includes('sft')) throw new Error('SFT trains on gold answers: it has no labelled arm');
    const plan = [
      ...s.methods.map((method, i) => ({
        method,
        name: s.methods.indexOf(method) === i ? method : `${method}#${i + 1}`,
        batch: undefined as LabelBatch | undefined,
      })),
      ...labelled.map((method, i) => ({
        method,
        name:
          labelled.indexOf(method) === i ? labelledArmName(method) : `${labelledArmName(method)}#${i + 1}`,
        batch: s.labelled?.batch,
      })),
    ];
    for (const { method, name, batch } of plan) {
      const loss = resolveOptions(method, s.loss, { shared: true });
      assertLossOptions(loss, method, `arm ${name}`);
      const rollout = { ...s.rollout, filter: method === 'sft' ? false : s.rollout.filter };
      const optimizer = {
        lr: s.lr,
        warmupSteps: s.warmupSteps,
        weightDecay: s.weightDecay,
        clipNorm: s.clipNorm,
      };
      const settings = { method, loss, rollout, mu: s.mu, optimizer };
      const stream = createQuestionStream(mix, s.seed);
      const arm = new Arm(name, await base.clone(), settings, stream, s.seed, batch);
      arms.push({ arm, h: { name, method, loss, iterations: [], evals: [] }, seen: 0, ms: 0 });
    }
    const exp = new Experiment(arms, s, mix);
    if (baseEval) {
      const point: EvalPoint = { iteration: 0, answersSeen: 0, computeSeconds: 0, eval: baseEval };
      for (const a of arms) a.h.evals.push(point);
      exp.baseEvaluated = true;
    }
    return exp;
  }

  /**
   * The whole state as plain data (snapshot.ts). Only arms that changed since the last call are read
   * back from the backend, so taking one after every unit of work costs one arm's weights.
   */
  async snapshot(): Promise<ExperimentSnapshot> {
    for (const a of this.arms) {
      if (a.saved) continue;
      const params = Object.fromEntries(await a.arm.model.values());
      a.saved = {
        name: a.h.name,
        params,
        optimizer: await a.arm.opt.exportState(),
        questions: a.arm.stream.position,
        seen: a.seen,
        ms: a.ms,
        history: { ...a.h, iterations: [...a.h.iterations], evals: [...a.h.evals] },
      };
    }
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      settings: this.settings,
      mix: this.mix,
      baseEvaluated: this.baseEvaluated,
      arms: this.arms.map((a) => a.saved as ArmSnapshot),
    };
  }

  /** An experiment that goes on exactly where `snap` was taken (on whatever backend runs now). */
  static async restore(base: Gpt, snap: ExperimentSnapshot): Promise<Experiment> {
    const exp = await Experiment.create(base, snap.mix, snap.settings);
    try {
      checkSnapshot(
        snap,
        exp.arms.map((a) => a.h.name),
      );
      for (const [i, a] of exp.arms.entries()) {
        const s = snap.arms[i];
        for (const [name, x] of a.arm.model.params)
          assignValues(x, s.params[name], `${s.name} weights ${name}`);
        a.arm.opt.loadState(s.optimizer);
        a.arm.stream.nextBatch(s.questions);
        a.seen = s.seen;
        a.ms = s.ms;
        a.h.iterations.push(...s.history.iterations);
        a.h.evals.push(...s.history.evals);
      }
      exp.baseEvaluated = snap.baseEvaluated;
      return exp;
    } catch (e) {
      exp.dispose();
      throw e;
    }
  }

  get histories(): ArmHistory[] {
    return this.arms.map((a) => a.h);
  }

  /**
   * The current weights of the arm named `name` (not a copy: read them, never train or dispose them).
   * The worker's gradient study samples from them between units of work.
   */
  modelOf(name: string): Gpt {
    const a = this.arms.find((x) => x.h.name === name);
    if (!a)
      throw new Error(
        `no arm named ${JSON.stringify(name)} (arms: ${this.arms.map((x) => x.h.name).join(', ')})`,
      );
    return a.arm.model;
  }

  /** Iterations completed by every arm (a stopped arm's count stays where it stopped). */
  get completed(): number {
    return Math.min(...this.arms.map((a) => a.h.iterations.length));
  }

  /** Arms whose loss or gradient became NaN or infinite: stopped, while the others go on. */
  get stopped(): string[] {
    return this.arms.filter((a) => diverged(a.h)).map((a) => a.h.name);
  }

  get done(): boolean {
    const live = this.arms.filter((a) => !diverged(a.h));
    return this.baseEvaluated && live.every((a) => a.h.iterations.length >= this.settings.iterations);
  }

  private async evaluate(a: ArmState, iteration: number, hooks: ExperimentHooks): Promise<void> {
    const s = this.settings;
    const ev = await evaluateArm(
      a.arm.model,
      this.evalSet,
      { k: s.eval.k, temperature: s.rollout.temperature, seed: s.eval.seed },
      hooks.pacer?.(a.h.name, iteration),
    );
    const p: EvalPoint = { iteration, answersSeen: a.seen, computeSeconds: a.ms / 1000, eval: ev };
    a.h.evals.push(p);
    hooks.onEval?.(a.h, p);
  }

  /** Next unit of work: the base evaluation (once, shared by all arms), then one arm-iteration. */
  async stepOne(hooks: ExperimentHooks = {}): Promise<void> {
    if (this.arms.length === 0 || this.done) return;
    if (!this.baseEvaluated) {
      await this.evaluate(this.arms[0], 0, hooks);
      for (const a of this.arms.slice(1)) {
        a.h.evals.push(this.arms[0].h.evals[0]);
        hooks.onEval?.(a.h, this.arms[0].h.evals[0]);
      }
      this.baseEvaluated = true;
      for (const a of this.arms) a.saved = undefined;
      return;
    }
    const live = this.arms.filter((x) => !diverged(x.h));
    const a = live.reduce((x, y) => (y.h.iterations.length < x.h.iterations.length ? y : x));
    a.saved = undefined;
    const it = a.h.iterations.length;
    const { metrics, rollout } = await a.arm.step(it, hooks.labeler, hooks.pacer?.(a.h.name, it + 1));
    a.seen += metrics.right + metrics.wrong;
    a.ms += metrics.sampleMs + metrics.updateMs;
    a.h.iterations.push(metrics);
    hooks.onIteration?.(a.h, metrics, rollout);
    const s = this.settings;
    if (diverged(a.h)) return; // stopped: its weights are lost, nothing to evaluate
    if (it + 1 === s.iterations || (s.evalEvery > 0 && (it + 1) % s.evalEvery === 0)) {
      await this.evaluate(a, it + 1, hooks);
    }
  }

  dispose(): void {
    for (const a of this.arms) a.arm.dispose();
  }
}

/** Runs every arm to the end (or until hooks.shouldStop), then frees the arms' weights. */
export async function runExperiment(
  base: Gpt,
  mix: TaskMix,
  s: ExperimentSettings,
  hooks: ExperimentHooks = {},
): Promise<ArmHistory[]> {
  const exp = await Experiment.create(base, mix, s);
  try {
    while (!exp.done && !hooks.shouldStop?.()) await exp.stepOne(hooks);
    return exp.histories;
  } finally {
    exp.dispose();
  }
}
