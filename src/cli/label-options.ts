/**
 * The experiment command's label options: `--label-noise P` and `--verifier exact|offByOne`, each
 * defaulting to the preset's (the noisy preset has 20% noise) and parsed by the settings table's fields
 * (cli/settingArgs.ts). The labeler they make is labelerFor (src/engine/train/labelers.ts), the same
 * function as the page's.
 */
import type { LabelSettings } from '../engine/train/labelers';
import { settingFlag } from './settingArgs';

export function labelSettingsFromArgs(
  values: Record<string, string | boolean | undefined>,
  presetLabels?: LabelSettings,
): LabelSettings {
  return {
    noise: settingFlag(values, 'labelNoise', presetLabels?.noise ?? 0),
    verifier: settingFlag(values, 'verifier', presetLabels?.verifier ?? 'exact'),
  };
}
