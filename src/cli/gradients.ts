/**
 * `gradients`: how the methods' updates relate for a checkpoint: over N rollouts from the same weights,
 * each method's gradient on the same answers; prints the norm of the mean gradient, a single rollout's
 * norm, the signal-to-noise ratio, and the cosines between methods (means, and single rollouts).
 * A method may carry a weighting: `rft:one` is the paper's RFT (w = 1).
 *
 * The compared methods, the question stream and the sampling seeds come from the same engine function
 * as the app's gradient view (engine/analysis/runStudy.ts): with the app's settings (`--preset tiny
 * --mix add1,add2 --seed 3 --methods nft,rft --rollouts 4`) and the base checkpoint, it prints the
 * numbers the page shows at iteration 0.
 */
import { parseArgs } from 'node:util';
import type { GradientArm } from '../engine/analysis/gradients';
import { runStudy, type StudyPlan, studyArms, studySeed } from '../engine/analysis/runStudy';
import {
  AGGREGATIONS,
  type Aggregation,
  type LossOptions,
  METHODS,
  type Method,
  WEIGHTINGS,
  type Weighting,
} from '../engine/losses';
import { assertValidTaskMix, type TaskMix } from '../engine/tasks';
import { lossOptionsFor } from '../engine/train/experiment';
import { VERIFIERS, type VerifierChoice } from '../engine/train/labelers';
import { getPreset } from '../engine/train/presets';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, num, str, table, UsageError } from './args';
import { asUsage } from './errors';

const HELP = `usage: npm run cli -- gradients [--checkpoint DIR] [--rollouts N] [--methods nft,rft:one,rft]
       [--preset tiny|workshop] [--mix add1,add2] [--M N] [--K N] [--temperature X] [--max-rounds N]
       [--eps X] [--neg-weight X] [--weighting W] [--aggregation A] [--seed N] [--iteration N]
       [--label-noise P] [--verifier exact|offByOne] [--steps N] [--lr X] [--json] [--backend wasm|cpu]
Methods: ${METHODS.join(', ')}, each optionally :weighting (${WEIGHTINGS.join(', ')}).
RFT with w = 1 (rft:one) is added when nft is compared and no method is it; sft is left out (it trains
on gold answers, not on rollouts). --preset sets M, K, temperature and max-rounds (else 16, 8, 1, 4).
The questions and sampling seeds derive from --seed (the run's seed) and --iteration (default 0), as in
the app's gradient view; --label-noise and --verifier mark the answers as a run with those settings
would (the gradients are taken on the marks the arms train on); --steps N has each method first take N AdamW
steps of its own loss on each rollout (lr --lr, default 3e-4, fresh AdamW state), then takes its
gradient at its moved weights with pi_old the sampling weights (off policy, R != 1: do their next
updates still agree?); --json prints the plan and the study as one JSON object (an infinite SNR as null).`;

function oneOf<T extends string>(v: unknown, allowed: readonly T[], name: string): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
}

/** `nft,rft:one` -> arms with the loss options a run with these overrides would give them. */
export function parseArms(spec: string, overrides: Partial<LossOptions> = {}): GradientArm[] {
  return spec.split(',').map((part) => {
    const [method, weighting] = part.split(':') as [Method, Weighting | undefined];
    if (!METHODS.includes(method)) throw new UsageError(`unknown method ${JSON.stringify(method)}`);
    if (weighting !== undefined && !WEIGHTINGS.includes(weighting)) {
      throw new UsageError(`unknown weighting ${JSON.stringify(weighting)}`);
    }
    const loss = lossOptionsFor(method, { ...overrides, ...(weighting ? { weighting } : {}) });
    return { name: part, method, loss };
  });
}

export async function gradientsCommand(argv: string[]): Promise<void> {
  const opt = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: {
      checkpoint: opt,
      rollouts: opt,
      methods: opt,
      preset: opt,
      mix: opt,
      M: opt,
      K: opt,
      temperature: opt,
      'max-rounds': opt,
      eps: opt,
      'neg-weight': opt,
      weighting: opt,
      aggregation: opt,
      seed: opt,
      iteration: opt,
      backend: opt,
      'label-noise': opt,
      verifier: opt,
      steps: opt,
      lr: opt,
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  const overrides: Partial<LossOptions> = {};
  if (values.eps !== undefined) overrides.eps = num(values, 'eps', 1, 1e-6, 1e6);
  if (values['neg-weight'] !== undefined) overrides.negWeight = num(values, 'neg-weight', 1, 0, 100);
  const w = oneOf<Weighting>(values.weighting, WEIGHTINGS, 'weighting');
  if (w) overrides.weighting = w;
  const a = oneOf<Aggregation>(values.aggregation, AGGREGATIONS, 'aggregation');
  if (a) overrides.aggregation = a;
  const arms = studyArms(parseArms(str(values, 'methods', 'nft,rft:one,rft'), overrides), overrides);
  if (arms.length < 2) throw new UsageError('--methods: fewer than two methods train on rollouts');
  const presetName = values.preset;
  const base = presetName
    ? asUsage(() => getPreset(presetName)).settings.rollout
    : { M: 16, K: 8, temperature: 1, filter: true, maxRounds: 4 };
  const rollout = {
    ...base,
    M: int(values, 'M', base.M, 1, 1024),
    K: int(values, 'K', base.K, 2, 256),
    temperature: num(values, 'temperature', base.temperature, 0.05, 5),
    maxRounds: int(values, 'max-rounds', base.maxRounds, 1, 100),
  };
  await useBackend(parseBackend(values.backend));
  const { model, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  const mix: TaskMix = values.mix
    ? values.mix.split(',').map((level) => ({ level, weight: 1 }))
    : meta.tasks.mix;
  asUsage(() => assertValidTaskMix(mix));
  const noise = num(values, 'label-noise', 0, 0, 1);
  const verifier = oneOf<VerifierChoice>(values.verifier, VERIFIERS, 'verifier') ?? 'exact';
  const plan: StudyPlan = {
    mix,
    seed: int(values, 'seed', 1, 0, 0xffffffff),
    iteration: int(values, 'iteration', 0, 0),
    rollout,
    arms,
    rollouts: int(values, 'rollouts', 16, 1, 10_000),
    ...(noise > 0 || verifier !== 'exact' ? { labels: { noise, verifier } } : {}),
    steps: int(values, 'steps', 0, 0, 64),
    lr: num(values, 'lr', 3e-4, 1e-7, 0.1),
  };
  const t0 = performance.now();
  const s = await runStudy(model, plan);
  const seconds = (performance.now() - t0) / 1000;
  model.dispose();
  if (values.json) {
    console.log(
      JSON.stringify({
        plan: { ...plan, studySeed: studySeed(plan.seed, plan.iteration) },
        study: s,
        seconds,
      }),
    );
    return;
  }
  console.log(
    `${s.rollouts} of ${plan.rollouts} rollouts of ${rollout.M} questions x ${rollout.K} answers, ` +
      (s.steps > 0
        ? `each method after ${s.steps} steps of its own (lr ${plan.lr}; mean |log R| ${s.meanAbsLogRatio.toFixed(4)}); `
        : 'on-policy (R = 1); ') +
      `seed ${plan.seed}, iteration ${plan.iteration}` +
      (plan.labels ? `, marks: label noise ${plan.labels.noise}, verifier ${plan.labels.verifier}` : '') +
      '\n',
  );
  console.log(
    table(
      ['method', '|mean grad|', '|one rollout|', 'SNR'],
      s.methods.map((m) => [m.name, m.meanNorm.toFixed(4), m.rolloutNorm.toFixed(4), m.snr.toFixed(3)]),
    ),
  );
  const names = s.methods.map((m) => m.name);
  const cos = (c: number[][]) => c.map((row, i) => [names[i], ...row.map((x) => x.toFixed(3))]);
  console.log(`\ncosine between mean gradients\n${table(['', ...names], cos(s.cosine))}`);
  console.log(
    `\ncosine between single-rollout gradients (average)\n${table(['', ...names], cos(s.rolloutCosine))}`,
  );
  console.log(`\n${seconds.toFixed(1)} s`);
}
