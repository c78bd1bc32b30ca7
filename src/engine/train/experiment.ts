/**
 * An experiment: several arms (methods) trained side by side from the same base weights, the same
 * question stream (same seed) and the same sampling seeds, evaluated on the same held-out set.
 * Iteration 0 therefore sees identical rollouts in every arm; runs are deterministic for a seed and
 * backend. The same code drives the CLI's `experiment`, the tests and the browser worker.
 */
import { defaultOptions, type LossOptions, type Method } from '../losses';
import type { Gpt } from '../model/gpt';
import { createQuestionStream, makeEvalSet, type TaskMix } from '../tasks';
import { Arm, type IterationMetrics } from './arm';
import { type ArmEval, evaluateArm } from './evaluate';
import type { Labeler, Rollout, RolloutSettings } from './rollout';

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
}

export function lossOptionsFor(method: Method, overrides: Partial<LossOptions>): LossOptions {
  const o = { ...defaultOptions(method), ...overrides };
  return method === 'rft' ? { ...o, negWeight: 0 } : o;
}

export async function runExperiment(
  base: Gpt,
  mix: TaskMix,
  s: ExperimentSettings,
  hooks: ExperimentHooks = {},
): Promise<ArmHistory[]> {
  const evalSet = makeEvalSet(mix, s.eval.seed, s.eval.perLevel);
  const arms: { arm: Arm; h: ArmHistory; seen: number; ms: number }[] = [];
  try {
    for (const [i, method] of s.methods.entries()) {
      const loss = lossOptionsFor(method, s.loss);
      const name = s.methods.indexOf(method) === i ? method : `${method}#${i + 1}`;
      const rollout = { ...s.rollout, filter: method === 'sft' ? false : s.rollout.filter };
      const arm = new Arm(
        name,
        await base.clone(),
        {
          method,
          loss,
          rollout,
          mu: s.mu,
          optimizer: {
            lr: s.lr,
            warmupSteps: s.warmupSteps,
            weightDecay: s.weightDecay,
            clipNorm: s.clipNorm,
          },
        },
        createQuestionStream(mix, s.seed),
        s.seed,
      );
      arms.push({ arm, h: { name, method, loss, iterations: [], evals: [] }, seen: 0, ms: 0 });
    }
    const evaluate = async (a: (typeof arms)[number], iteration: number) => {
      const ev = await evaluateArm(a.arm.model, evalSet, {
        k: s.eval.k,
        temperature: s.rollout.temperature,
        seed: s.eval.seed,
      });
      const p: EvalPoint = { iteration, answersSeen: a.seen, computeSeconds: a.ms / 1000, eval: ev };
      a.h.evals.push(p);
      hooks.onEval?.(a.h, p);
    };
    // The base is the same for every arm: evaluate it once, record it for all.
    if (arms.length > 0) {
      await evaluate(arms[0], 0);
      for (const a of arms.slice(1)) {
        a.h.evals.push(arms[0].h.evals[0]);
        hooks.onEval?.(a.h, arms[0].h.evals[0]);
      }
    }
    for (let it = 0; it < s.iterations; it++) {
      for (const a of arms) {
        if (hooks.shouldStop?.()) return arms.map((x) => x.h);
        const { metrics, rollout } = await a.arm.step(it, hooks.labeler);
        a.seen += metrics.right + metrics.wrong;
        a.ms += metrics.sampleMs + metrics.updateMs;
        a.h.iterations.push(metrics);
        hooks.onIteration?.(a.h, metrics, rollout);
        const last = it === s.iterations - 1;
        if (last || (s.evalEvery > 0 && (it + 1) % s.evalEvery === 0)) await evaluate(a, it + 1);
      }
    }
    return arms.map((x) => x.h);
  } finally {
    for (const a of arms) a.arm.dispose();
  }
}
