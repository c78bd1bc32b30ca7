/**
 * What the engine needs of the settings, derived from the table (table.ts): the loss options every arm
 * shares, the experiment (the preset's values under the table's), the labeler's settings and the verl
 * export's input. The page (app/settings/runConfig.ts) and the CLI (cli/experimentCommand.ts) both build their
 * runs here, so a setting the table gains reaches both.
 */
import type { VerlSettingsInput } from '../../engine/labels/verlSettings';
import { DEFAULT_LOSS_OPTIONS, type LossOptions } from '../../engine/losses/options';
import type { TaskMix } from '../../engine/tasks';
import type { ExperimentSettings } from '../../engine/train/experiment';
import type { LabelSettings } from '../../engine/train/labelers';
import { PRESETS } from '../../engine/train/presets';
import { METHOD_DEFAULT, SETTING_KEYS, type SettingKey, type Settings, TABLE } from './table';

/** The settings that set a loss option, with the option they set. */
const LOSS_SETTINGS = SETTING_KEYS.flatMap((k) => {
  const option = TABLE[k].loss;
  return option ? [{ key: k, option, always: TABLE[k].lossAlways === true }] : [];
});

/**
 * The loss options the run gives every arm (resolveOptions applies each method's defaults and RFT's rule
 * under them). A choice of METHOD_DEFAULT sets nothing; a number is sent when it differs from the
 * engine's default, or always where its entry says so (eps and negWeight, as runs have always recorded
 * them), so a run with a newly added setting at its default keeps the configuration it had before.
 */
export function lossOverrides(s: Settings): Partial<LossOptions> {
  const out: Partial<Record<keyof LossOptions, unknown>> = {};
  for (const { key, option, always } of LOSS_SETTINGS) {
    const v = s[key];
    if (v === METHOD_DEFAULT) continue;
    if (typeof v === 'number' && !always && v === DEFAULT_LOSS_OPTIONS.nft[option]) continue;
    out[option] = v;
  }
  return out as Partial<LossOptions>;
}

/** The experiment (seed included) as the engine runs it: the preset's values under the settings'. */
export function experimentSettings(s: Settings): ExperimentSettings {
  const p = PRESETS[s.preset].settings;
  return {
    ...p,
    methods: [...s.methods],
    seed: s.seed,
    iterations: s.iterations,
    evalEvery: s.evalEvery,
    rollout: { ...p.rollout, M: s.M, K: s.K, temperature: s.temperature },
    mu: s.mu,
    lr: s.lr,
    loss: lossOverrides(s),
    eval: { ...p.eval },
  };
}

/** A labeler's settings when the marks differ from the exact verifier's, else undefined. */
export function labelSettings(s: Settings): LabelSettings | undefined {
  return s.labelNoise > 0 || s.verifier !== 'exact'
    ? { noise: s.labelNoise, verifier: s.verifier }
    : undefined;
}

/**
 * The whole run as the worker's protocol takes it (worker/protocol.ts RunConfig, which this matches
 * without importing the worker): the task mix, the experiment, and the gradient study and labeler when on.
 */
export function runConfigOf(s: Settings): {
  mix: TaskMix;
  experiment: ExperimentSettings;
  gradients?: { rollouts: number };
  labels?: LabelSettings;
} {
  const labels = labelSettings(s);
  return {
    mix: s.mix.map((level) => ({ level, weight: 1 })),
    experiment: experimentSettings(s),
    ...(s.gradRollouts > 0 ? { gradients: { rollouts: s.gradRollouts } } : {}),
    ...(labels ? { labels } : {}),
  };
}

/**
 * The settings as the verl export needs them (engine/labels/verlSettings.ts): every setting the table
 * marks for it, plus what the preset fixes and the table does not hold (the optimizer's weight decay,
 * gradient clip and warm-up, and the dynamic-sampling rounds).
 */
export function verlInput(s: Settings): VerlSettingsInput {
  const p = PRESETS[s.preset]?.settings;
  const shared = SETTING_KEYS.filter((k) => TABLE[k].verl !== false);
  const values = Object.fromEntries(shared.map((k: SettingKey) => [k, s[k]])) as Omit<
    Settings,
    'preset' | 'backend' | 'gradRollouts'
  >;
  return {
    ...values,
    ...(p
      ? {
          optimizer: { weightDecay: p.weightDecay, clipNorm: p.clipNorm, warmupSteps: p.warmupSteps },
          maxRounds: p.rollout.maxRounds,
        }
      : {}),
  };
}
