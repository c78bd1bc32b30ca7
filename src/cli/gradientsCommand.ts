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
import type { GradientArm } from '../engine/analysis/methodGradients';
import { runStudy, type StudyPlan, studyArms, studySeed } from '../engine/analysis/runStudy';
import {
  type LossOptions,
  METHODS,
  type Method,
  resolveOptions,
  WEIGHTINGS,
  type Weighting,
} from '../engine/losses';
import { assertValidTaskMix, type TaskMix } from '../engine/tasks';
import { getPreset } from '../engine/train/presets';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, str, table, UsageError } from './args';
import { asUsage } from './errors';
import { labelSettingsFromArgs } from './label-options';
import { hasFlag, LOSS_KEYS, lossFlags, parseCommand, settingFlag, settingHelp } from './settingArgs';

/** The settings table's flags this command takes (the loss settings among them); --methods is its own. */
const KEYS = [
  'preset',
  'mix',
  'M',
  'K',
  'temperature',
  ...LOSS_KEYS,
  'seed',
  'labelNoise',
  'verifier',
  'lr',
] as const;

const HELP = `usage: npm run cli -- gradients [--checkpoint DIR] [--rollouts N] [--methods nft,rft:one,rft]
       [--max-rounds N] [--iteration N] [--steps N] [--json] [--backend wasm|cpu] [setting flags]
${settingHelp(KEYS, { preset: 'none', mix: "the checkpoint's", M: '16', K: '8', temperature: '1', labelNoise: '0', verifier: 'exact', lr: '3e-4' })}
Methods: ${METHODS.join(', ')}, each optionally :weighting (${WEIGHTINGS.join(', ')}).
RFT with w = 1 (rft:one) is added when nft is compared and no method is it; sft is left out (it trains
on gold answers, not on rollouts). --preset sets M, K, temperature and max-rounds (else 16, 8, 1, 4).
The questions and sampling seeds derive from --seed (the run's seed) and --iteration (default 0), as in
the app's gradient view; --label-noise and --verifier mark the answers as a run with those settings
would (the gradients are taken on the marks the arms train on); --steps N has each method first take N AdamW
steps of its own loss on each rollout (lr --lr, default 3e-4, fresh AdamW state), then takes its
gradient at its moved weights with pi_old the sampling weights (off policy, R != 1: do their next
updates still agree?); --json prints the plan and the study as one JSON object (an infinite SNR as null).`;

/** `nft,rft:one` -> arms with the loss options a run with these overrides would give them. */
export function parseArms(spec: string, overrides: Partial<LossOptions> = {}): GradientArm[] {
  return spec.split(',').map((part) => {
    const [method, weighting] = part.split(':') as [Method, Weighting | undefined];
    if (!METHODS.includes(method)) throw new UsageError(`unknown method ${JSON.stringify(method)}`);
    if (weighting !== undefined && !WEIGHTINGS.includes(weighting)) {
      throw new UsageError(`unknown weighting ${JSON.stringify(weighting)}`);
    }
    const loss = resolveOptions(
      method,
      { ...overrides, ...(weighting ? { weighting } : {}) },
      { shared: true },
    );
    return { name: part, method, loss };
  });
}

export async function gradientsCommand(argv: string[]): Promise<void> {
  const values = parseCommand(argv, KEYS, {
    strings: ['checkpoint', 'rollouts', 'methods', 'max-rounds', 'iteration', 'backend', 'steps'],
    booleans: ['json'],
  });
  if (values.help) return console.log(HELP);
  const overrides = lossFlags(values);
  const arms = studyArms(parseArms(str(values, 'methods', 'nft,rft:one,rft'), overrides), overrides);
  if (arms.length < 2) throw new UsageError('--methods: fewer than two methods train on rollouts');
  const base = hasFlag(values, 'preset')
    ? asUsage(() => getPreset(settingFlag(values, 'preset', 'workshop'))).settings.rollout
    : { M: 16, K: 8, temperature: 1, filter: true, maxRounds: 4 };
  const rollout = {
    ...base,
    M: settingFlag(values, 'M', base.M),
    K: settingFlag(values, 'K', base.K),
    temperature: settingFlag(values, 'temperature', base.temperature),
    maxRounds: int(values, 'max-rounds', base.maxRounds, 1, 100),
  };
  await useBackend(parseBackend(values.backend));
  const { model, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  const mix: TaskMix = hasFlag(values, 'mix')
    ? settingFlag(values, 'mix', []).map((level) => ({ level, weight: 1 }))
    : meta.tasks.mix;
  asUsage(() => assertValidTaskMix(mix));
  const { noise, verifier } = labelSettingsFromArgs(values);
  const plan: StudyPlan = {
    mix,
    seed: settingFlag(values, 'seed', 1),
    iteration: int(values, 'iteration', 0, 0),
    rollout,
    arms,
    rollouts: int(values, 'rollouts', 16, 1, 10_000),
    ...(noise > 0 || verifier !== 'exact' ? { labels: { noise, verifier } } : {}),
    steps: int(values, 'steps', 0, 0, 64),
    lr: settingFlag(values, 'lr', 3e-4),
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
