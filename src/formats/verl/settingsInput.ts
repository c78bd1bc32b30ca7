/**
 * The page's settings as the verl export needs them (src/engine/labels/verlSettings.ts): the table's
 * values plus what the preset fixes and the table does not hold (the optimizer's weight decay, gradient
 * clip and warm-up, and the dynamic-sampling rounds). Pure: the page and the CLI share it.
 */
import type { VerlSettingsInput } from '../../engine/labels/verlSettings';
import { PRESETS } from '../../engine/train/presets';
import type { Settings } from '../settings/table';

export function verlInput(s: Settings): VerlSettingsInput {
  const p = PRESETS[s.preset]?.settings;
  return {
    methods: s.methods,
    seed: s.seed,
    iterations: s.iterations,
    M: s.M,
    K: s.K,
    mu: s.mu,
    lr: s.lr,
    temperature: s.temperature,
    eps: s.eps,
    weighting: s.weighting,
    negWeight: s.negWeight,
    aggregation: s.aggregation,
    labelNoise: s.labelNoise,
    verifier: s.verifier,
    mix: s.mix,
    ...(p
      ? {
          optimizer: { weightDecay: p.weightDecay, clipNorm: p.clipNorm, warmupSteps: p.warmupSteps },
          maxRounds: p.rollout.maxRounds,
        }
      : {}),
  };
}
