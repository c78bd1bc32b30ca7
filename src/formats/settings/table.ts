/**
 * THE settings table: every setting of an experiment, its type, range, label and default. The URL
 * hash, the settings form and the worker's run configuration are all derived from it.
 * Defaults that a preset decides (iterations, M, K, ...) come from src/engine/train/presets.ts.
 */

import { STUDY_ROLLOUTS_MAX } from '../../engine/analysis/names';
import {
  AGGREGATIONS,
  type Aggregation,
  METHODS,
  type Method,
  WEIGHTINGS,
  type Weighting,
} from '../../engine/losses/options';
import { isLevelId } from '../../engine/tasks/levels';
import { DEFAULT_TASK_MIX } from '../../engine/tasks/mix';
import { VERIFIERS, type VerifierChoice } from '../../engine/train/labelers';
import { PRESETS } from '../../engine/train/presets';
import { BACKEND_ORDER, type BackendName } from '../../worker/protocol';
import { enumField, type Field, floatField, intField, listField } from './fields';

export const PRESET_NAMES = ['workshop', 'noisy', 'tiny'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
export const BACKEND_CHOICES = ['auto', ...BACKEND_ORDER] as const;
export type BackendChoice = 'auto' | BackendName;
/** 'default' leaves each method its own value (e.g. GRPO's mean per answer). */
export type WeightingChoice = 'default' | Weighting;
export type AggregationChoice = 'default' | Aggregation;

export interface Settings {
  preset: PresetName;
  methods: Method[];
  seed: number;
  iterations: number;
  evalEvery: number;
  M: number;
  K: number;
  mu: number;
  lr: number;
  temperature: number;
  eps: number;
  weighting: WeightingChoice;
  negWeight: number;
  aggregation: AggregationChoice;
  backend: BackendChoice;
  mix: string[];
  /** Rollouts of the gradient study taken at every evaluation; 0 = none. */
  gradRollouts: number;
  /** Share of distinct (question, answer) marks flipped at random (seeded by the run's seed); 0 = none. */
  labelNoise: number;
  /** Which verifier marks the rollouts: the exact one, or one that also accepts results off by one. */
  verifier: VerifierChoice;
}

export type SettingKey = keyof Settings;

/** One entry per setting, in the order of the URL hash and of the form. */
export const TABLE: { readonly [K in SettingKey]: Field<Settings[K]> } = {
  preset: enumField(
    'preset',
    PRESET_NAMES,
    'sets iterations, evalEvery, M, K, mu, lr, temperature and the label noise',
  ),
  methods: listField('methods', { minItems: 2, options: METHODS, what: 'method' }, 'two or more arms'),
  seed: intField('seed', 0, 0xffffffff, 'same seed, same run'),
  iterations: intField('iterations', 1, 10_000),
  evalEvery: intField('eval every', 0, 10_000, 'held-out evaluation every N iterations (0: first and last)'),
  M: intField('M (questions per rollout)', 1, 256),
  K: intField('K (answers per question)', 2, 64),
  mu: intField('mu (update steps per rollout)', 1, 64),
  lr: floatField('learning rate', 0, 0.1, true),
  temperature: floatField('temperature', 0, 5, true),
  eps: floatField('eps (NFT clip floor)', 0, 10, true),
  weighting: enumField('weighting w(q)', ['default', ...WEIGHTINGS] as const),
  negWeight: floatField('negWeight (NFT)', 0, 10, false, 'factor on the wrong-answer term; RFT is 0'),
  aggregation: enumField('aggregation', ['default', ...AGGREGATIONS] as const),
  backend: enumField('backend', BACKEND_CHOICES, 'auto tries webgpu, webgl, wasm, cpu in turn'),
  mix: listField('task mix', { minItems: 1, valid: isLevelId, what: 'level' }, 'level ids, e.g. add2,mul1'),
  gradRollouts: intField(
    'gradient study (rollouts)',
    0,
    STUDY_ROLLOUTS_MAX,
    "at every evaluation, compare the methods' updates over N rollouts (0: off; 4 take as long as 1-3 tiny arm-iterations)",
  ),
  labelNoise: floatField(
    'label noise (share of marks flipped)',
    0,
    0.5,
    false,
    'seeded random flips of the verifier marks rollouts train on; evaluation stays exact',
  ),
  verifier: enumField(
    'verifier',
    VERIFIERS,
    'offByOne also accepts a final result one away from the right one',
  ),
};

export const SETTING_KEYS = Object.keys(TABLE) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(TABLE, key);
}

/** The settings a preset decides. */
export function presetValues(
  name: PresetName,
): Pick<
  Settings,
  'iterations' | 'evalEvery' | 'M' | 'K' | 'mu' | 'lr' | 'temperature' | 'labelNoise' | 'verifier'
> {
  const { settings: s, labels } = PRESETS[name];
  return {
    iterations: s.iterations,
    evalEvery: s.evalEvery,
    M: s.rollout.M,
    K: s.rollout.K,
    mu: s.mu,
    lr: s.lr,
    temperature: s.rollout.temperature,
    labelNoise: labels?.noise ?? 0,
    verifier: labels?.verifier ?? 'exact',
  };
}

export function defaultSettings(preset: PresetName = 'workshop'): Settings {
  return {
    preset,
    methods: ['nft', 'rft'],
    seed: 1,
    ...presetValues(preset),
    eps: 1,
    weighting: 'default',
    negWeight: 1,
    aggregation: 'default',
    backend: 'auto',
    mix: DEFAULT_TASK_MIX.map((e) => e.level),
    // Off by default, even on the tiny preset: a 4-rollout study takes as long as 1-3 tiny arm-iterations
    // (wasm, Node: 1.7-4.7 s against 1.3 s, on a busy machine), at every evaluation: it would double or
    // triple a tiny run (evaluated every iteration) and slow every browser test that uses the preset.
    gradRollouts: 0,
  };
}
