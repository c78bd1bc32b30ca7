/** Settings -> what the worker needs to build an experiment (protocol.ts RunConfig). */
import type { LossOptions } from '../../engine/losses/options';
import { PRESETS } from '../../engine/train/presets';
import type { Settings } from '../../formats/settings/table';
import type { RunConfig } from '../../worker/protocol';

export function toRunConfig(s: Settings): RunConfig {
  const p = PRESETS[s.preset].settings;
  const loss: Partial<LossOptions> = { eps: s.eps, negWeight: s.negWeight };
  if (s.weighting !== 'default') loss.weighting = s.weighting;
  if (s.aggregation !== 'default') loss.aggregation = s.aggregation;
  return {
    mix: s.mix.map((level) => ({ level, weight: 1 })),
    experiment: {
      ...p,
      methods: [...s.methods],
      seed: s.seed,
      iterations: s.iterations,
      evalEvery: s.evalEvery,
      rollout: { ...p.rollout, M: s.M, K: s.K, temperature: s.temperature },
      mu: s.mu,
      lr: s.lr,
      loss,
      eval: { ...p.eval },
    },
    ...(s.gradRollouts > 0 ? { gradients: { rollouts: s.gradRollouts } } : {}),
    ...(s.labelNoise > 0 || s.verifier !== 'exact'
      ? { labels: { noise: s.labelNoise, verifier: s.verifier } }
      : {}),
  };
}
