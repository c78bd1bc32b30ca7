/**
 * THE settings table: every setting of an experiment, once: its type and range (the field), label and help
 * text, default, command-line flag, the loss option it sets, and the view/lesson rules. From it come the
 * URL hash (hash.ts), the settings form (app/components), the CLI's options and help (cli/settingArgs.ts),
 * the session file's settings (kept as the hash), the worker's run configuration and the verl input
 * (runSettings.ts). Defaults that a preset decides (iterations, M, K, ...) come from
 * src/engine/train/presets.ts; the loss settings take their range and default from the engine's loss
 * options (engine/losses/options.ts).
 */

import { STUDY_ROLLOUTS_MAX } from '../../engine/analysis/studyNames';
import { BACKEND_ORDER, type BackendName } from '../../engine/backendNames';
import {
  AGGREGATIONS,
  type Aggregation,
  DEFAULT_LOSS_OPTIONS,
  type LossOptions,
  lossOptionRange,
  METHODS,
  type Method,
  WEIGHTINGS,
  type Weighting,
} from '../../engine/losses/options';
import { isLevelId } from '../../engine/tasks/levels';
import { DEFAULT_TASK_MIX } from '../../engine/tasks/mix';
import { VERIFIERS } from '../../engine/train/labelers';
import { PRESETS } from '../../engine/train/presets';
import { enumField, FIELD_MESSAGES, type Field, floatField, intField, listField } from './fields';

export const PRESET_NAMES = ['workshop', 'noisy', 'tiny'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const BACKEND_CHOICES = ['auto', ...BACKEND_ORDER] as const;
export type BackendChoice = 'auto' | BackendName;
/** 'default' leaves each method its own value (e.g. GRPO's mean per answer). */
export type WeightingChoice = 'default' | Weighting;
export type AggregationChoice = 'default' | Aggregation;

/** The option's value for a choice of 'default': none (each method keeps its own). */
export const METHOD_DEFAULT = 'default';

/** One setting: its field (type, range, label, help) and the rules every consumer reads. */
export interface SettingSpec<T> extends Field<T> {
  /** The value a link without it gets: fixed, or the preset's. */
  default: T | { fromPreset: (preset: PresetName) => T };
  /** Its command-line flag (`neg-weight` for --neg-weight); absent: not a CLI option. */
  cli?: string;
  /** The loss option it sets on every arm (a choice of METHOD_DEFAULT sets none). */
  loss?: keyof LossOptions;
  /** Send the loss option even at the engine's default (runSettings.ts lossOverrides). */
  lossAlways?: boolean;
  /** An experiment knob that a first lesson hides (app/lesson/lessons.ts). */
  knob?: boolean;
  /** False: not part of the verl export's settings (the page's own: preset, backend, study). */
  verl?: boolean;
  /** The label's and help's Japanese (the settings form shows them): a new setting is one entry here. */
  ja: { label: string; help?: string };
}

function setting<T>(field: Field<T>, rules: Omit<SettingSpec<T>, keyof Field<T>>): SettingSpec<T> {
  return { ...field, ...rules };
}

const fromPreset = <T>(f: (preset: PresetName) => T) => ({ fromPreset: f });

/**
 * A numeric loss option as a setting: its range and default are the engine's (LOSS_OPTION_SPEC and NFT's
 * defaults), so the form, the link, the CLI and the session file accept exactly what the loss does.
 */
function lossNumber(
  key: keyof LossOptions,
  label: string,
  rules: { cli: string; help?: string; lossAlways?: boolean; ja: SettingSpec<number>['ja'] },
): SettingSpec<number> {
  const r = lossOptionRange(key);
  if (r.maxOpen || !Number.isFinite(r.max)) throw new Error(`${key}: a setting needs a closed, finite max`);
  return setting(floatField(label, r.min, r.max, r.minOpen === true, rules.help), {
    default: DEFAULT_LOSS_OPTIONS.nft[key] as number,
    cli: rules.cli,
    loss: key,
    lossAlways: rules.lossAlways,
    knob: true,
    ja: rules.ja,
  });
}

const preset = (name: PresetName) => PRESETS[name];

/** One entry per setting, in the order of the URL hash and of the form. */
export const TABLE = {
  preset: setting(
    enumField(
      'preset',
      PRESET_NAMES,
      'sets iterations, evalEvery, M, K, mu, lr, temperature and the label noise',
    ),
    {
      default: 'workshop' as PresetName,
      cli: 'preset',
      verl: false,
      ja: {
        label: 'プリセット',
        help: 'iterations、evalEvery、M、K、mu、lr、temperature とラベルノイズを決めます',
      },
    },
  ),
  methods: setting(
    listField(
      'methods',
      { minItems: 2, options: METHODS, what: FIELD_MESSAGES.whatMethod },
      'two or more arms',
    ),
    {
      default: ['nft', 'rft'] as Method[],
      cli: 'methods',
      ja: { label: '手法', help: '2 つ以上の手法' },
    },
  ),
  seed: setting(intField('seed', 0, 0xffffffff, 'same seed, same run'), {
    default: 1,
    cli: 'seed',
    ja: { label: 'シード', help: '同じシードなら同じ実行' },
  }),
  iterations: setting(intField('iterations', 1, 10_000), {
    default: fromPreset((p) => preset(p).settings.iterations),
    cli: 'iterations',
    knob: true,
    ja: { label: 'イテレーション数' },
  }),
  evalEvery: setting(
    intField('eval every', 0, 10_000, 'held-out evaluation every N iterations (0: first and last)'),
    {
      default: fromPreset((p) => preset(p).settings.evalEvery),
      cli: 'eval-every',
      knob: true,
      ja: {
        label: '評価の間隔',
        help: 'N イテレーションごとに評価用（ホールドアウト）の評価（0：最初と最後のみ）',
      },
    },
  ),
  M: setting(intField('M (questions per rollout)', 1, 256), {
    default: fromPreset((p) => preset(p).settings.rollout.M),
    cli: 'M',
    knob: true,
    ja: { label: 'M（ロールアウトあたりの問題数）' },
  }),
  K: setting(intField('K (answers per question)', 2, 64), {
    default: fromPreset((p) => preset(p).settings.rollout.K),
    cli: 'K',
    knob: true,
    ja: { label: 'K（問題あたりの回答数）' },
  }),
  mu: setting(intField('mu (update steps per rollout)', 1, 64), {
    default: fromPreset((p) => preset(p).settings.mu),
    cli: 'mu',
    knob: true,
    ja: { label: 'mu（ロールアウトあたりの更新ステップ数）' },
  }),
  lr: setting(floatField('learning rate', 0, 0.1, true), {
    default: fromPreset((p) => preset(p).settings.lr),
    cli: 'lr',
    knob: true,
    ja: { label: '学習率' },
  }),
  temperature: setting(floatField('temperature', 0, 5, true), {
    default: fromPreset((p) => preset(p).settings.rollout.temperature),
    cli: 'temperature',
    knob: true,
    ja: { label: '温度' },
  }),
  eps: lossNumber('eps', 'eps (NFT clip floor)', {
    cli: 'eps',
    lossAlways: true,
    ja: { label: 'eps（NFT のクリップ下限）' },
  }),
  weighting: setting(enumField('weighting w(q)', [METHOD_DEFAULT, ...WEIGHTINGS] as const), {
    default: METHOD_DEFAULT as WeightingChoice,
    cli: 'weighting',
    loss: 'weighting',
    knob: true,
    ja: { label: '重み付け w(q)' },
  }),
  negWeight: lossNumber('negWeight', 'negWeight (NFT)', {
    cli: 'neg-weight',
    help: 'factor on the wrong-answer term; RFT is 0',
    lossAlways: true,
    ja: { label: 'negWeight（NFT）', help: '不正解の回答の項に掛ける係数。RFT は 0' },
  }),
  logRatioCap: lossNumber('logRatioCap', 'log-ratio cap', {
    cli: 'log-ratio-cap',
    help: 'upper cap on each token log(pi / pi_old); above it the token gets no gradient',
    ja: {
      label: '対数比の上限',
      help: '各トークンの log(π / π_old) の上限。これを超えたトークンには勾配が流れません',
    },
  }),
  aggregation: setting(enumField('aggregation', [METHOD_DEFAULT, ...AGGREGATIONS] as const), {
    default: METHOD_DEFAULT as AggregationChoice,
    cli: 'aggregation',
    loss: 'aggregation',
    knob: true,
    ja: { label: '集約' },
  }),
  backend: setting(
    enumField(
      'backend',
      BACKEND_CHOICES,
      'auto times the backends that start (software renderers named, not raced) and picks the fastest',
    ),
    {
      default: 'auto' as BackendChoice,
      knob: true,
      verl: false,
      ja: {
        label: 'バックエンド',
        help: 'auto は起動できるバックエンドの速さを測り（ソフトウェア描画のものは名前を示して測りません）、最速のものを選びます',
      },
    },
  ),
  mix: setting(
    listField(
      'task mix',
      { minItems: 1, valid: isLevelId, what: FIELD_MESSAGES.whatLevel },
      'level ids, e.g. add2,mul1',
    ),
    {
      default: DEFAULT_TASK_MIX.map((e) => e.level),
      cli: 'mix',
      knob: true,
      ja: { label: 'タスクの配合', help: 'レベルの ID（例：add2,mul1）' },
    },
  ),
  gradRollouts: setting(
    intField(
      'gradient study (rollouts)',
      0,
      STUDY_ROLLOUTS_MAX,
      "at every evaluation, compare the methods' updates over N rollouts (0: off; 4 take as long as 1-3 tiny arm-iterations)",
    ),
    // Off by default, even on the tiny preset: a 4-rollout study takes as long as 1-3 tiny arm-iterations
    // (wasm, Node: 1.7-4.7 s against 1.3 s, on a busy machine), at every evaluation: it would double or
    // triple a tiny run (evaluated every iteration) and slow every browser test that uses the preset.
    {
      default: 0,
      knob: true,
      verl: false,
      ja: {
        label: '勾配の比較（ロールアウト数）',
        help: '評価のたびに、N 個のロールアウトで各手法の更新を比べます（0：オフ。4 個で tiny の手法 1〜3 イテレーション分の時間がかかります）',
      },
    },
  ),
  labelNoise: setting(
    floatField(
      'label noise (share of marks flipped)',
      0,
      0.5,
      false,
      'seeded random flips of the verifier marks rollouts train on; evaluation stays exact',
    ),
    {
      default: fromPreset((p) => preset(p).labels?.noise ?? 0),
      cli: 'label-noise',
      ja: {
        label: 'ラベルノイズ（反転する判定の割合）',
        help: 'ロールアウトの学習に使う検証器の判定を、シード固定でランダムに反転します。評価は正確なまま',
      },
    },
  ),
  verifier: setting(
    enumField('verifier', VERIFIERS, 'offByOne also accepts a final result one away from the right one'),
    {
      default: fromPreset((p) => preset(p).labels?.verifier ?? 'exact'),
      cli: 'verifier',
      ja: { label: '検証器', help: 'offByOne は、最終結果が正解から 1 ずれた回答も正解と判定します' },
    },
  ),
};

type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;

/** The settings of an experiment, as the table declares them. */
export type Settings = { [K in keyof typeof TABLE]: ValueOf<(typeof TABLE)[K]> };

export type SettingKey = keyof Settings;

export const SETTING_KEYS = Object.keys(TABLE) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(TABLE, key);
}

function defaultOf<K extends SettingKey>(k: K, p: PresetName): Settings[K] {
  const d = (TABLE[k] as SettingSpec<Settings[K]>).default;
  return typeof d === 'object' && d !== null && 'fromPreset' in d
    ? d.fromPreset(p)
    : (structuredClone(d) as Settings[K]);
}

/** The settings a preset decides (the table's entries whose default is the preset's). */
export function presetValues(name: PresetName): Partial<Settings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const k of SETTING_KEYS) {
    const d = TABLE[k].default;
    if (typeof d === 'object' && d !== null && 'fromPreset' in d) out[k] = defaultOf(k, name);
  }
  return out as Partial<Settings>;
}

export function defaultSettings(p: PresetName = 'workshop'): Settings {
  const out = Object.fromEntries(SETTING_KEYS.map((k) => [k, defaultOf(k, p)])) as Settings;
  return { ...out, preset: p };
}
