/**
 * The experiment command's label options: `--label-noise P` and `--verifier exact|offByOne`, each
 * defaulting to the preset's (the noisy preset has 20% noise) and validated with a clear message. The
 * labeler they make is labelerFor (src/engine/train/labelers.ts), the same function as the page's.
 */
import { type LabelSettings, VERIFIERS, type VerifierChoice } from '../engine/train/labelers';
import { num, UsageError } from './args';

export const LABEL_HELP = `--label-noise: share of distinct (question, answer) marks the verifier gets wrong (seeded; evaluation
  stays exact)
--verifier: ${VERIFIERS.join(' | ')}; offByOne also accepts a final result one away from the right one (a
  systematic error; evaluation stays exact)`;

export function labelSettingsFromArgs(
  values: Record<string, string | boolean | undefined>,
  presetLabels?: LabelSettings,
): LabelSettings {
  const noise = num(values, 'label-noise', presetLabels?.noise ?? 0, 0, 1);
  const raw = values.verifier;
  if (raw !== undefined && (typeof raw !== 'string' || !(VERIFIERS as readonly string[]).includes(raw))) {
    throw new UsageError(`--verifier must be one of ${VERIFIERS.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  const verifier: VerifierChoice = (raw as VerifierChoice | undefined) ?? presetLabels?.verifier ?? 'exact';
  return { noise, verifier };
}
