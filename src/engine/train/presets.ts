/**
 * Named experiment presets. "tiny" runs in seconds (tests, CI, a first look); "workshop" is the
 * default the app opens with, chosen by the study in docs/study.md (see there for why these values).
 */
import type { TaskMix } from '../tasks';
import type { ExperimentSettings } from './experiment';

export interface Preset {
  name: string;
  description: string;
  /** Task mix of the rollouts and the held-out set; undefined = the base checkpoint's mix. */
  mix?: TaskMix;
  settings: Omit<ExperimentSettings, 'methods' | 'seed'>;
}

export const PRESETS: Record<string, Preset> = {
  tiny: {
    name: 'tiny',
    description: 'a few seconds: 4 questions x 4 answers, 3 iterations (tests and a first look)',
    settings: {
      iterations: 3,
      evalEvery: 1,
      rollout: { M: 4, K: 4, temperature: 1, filter: true, maxRounds: 3 },
      mu: 1,
      lr: 3e-4,
      warmupSteps: 2,
      weightDecay: 0,
      clipNorm: 1,
      loss: {},
      eval: { perLevel: 6, k: 2, seed: 777 },
    },
  },
  workshop: {
    name: 'workshop',
    description: '32 questions x 8 answers, 2 update steps per rollout, 100 iterations',
    settings: {
      iterations: 100,
      evalEvery: 10,
      rollout: { M: 32, K: 8, temperature: 1, filter: true, maxRounds: 4 },
      mu: 2,
      lr: 3e-4,
      warmupSteps: 10,
      weightDecay: 0,
      clipNorm: 1,
      loss: {},
      eval: { perLevel: 48, k: 4, seed: 777 },
    },
  },
};

export function getPreset(name: string): Preset {
  const p = PRESETS[name];
  if (!p)
    throw new Error(`unknown preset ${JSON.stringify(name)} (known: ${Object.keys(PRESETS).join(', ')})`);
  return p;
}
