/** Settings -> what the worker needs to build an experiment (protocol.ts RunConfig). */
import { experimentSettings, labelSettings } from '../../formats/settings/runSettings';
import type { Settings } from '../../formats/settings/table';
import type { RunConfig } from '../../worker/protocol';

export function toRunConfig(s: Settings): RunConfig {
  const labels = labelSettings(s);
  return {
    mix: s.mix.map((level) => ({ level, weight: 1 })),
    experiment: experimentSettings(s),
    ...(s.gradRollouts > 0 ? { gradients: { rollouts: s.gradRollouts } } : {}),
    ...(labels ? { labels } : {}),
  };
}
