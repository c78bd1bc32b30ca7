/**
 * The sentence beside the charts when the marks are not the exact verifier's (label noise, the biased
 * verifier): how many marks differ so far, and what that does to NFT and RFT. Pure, no React.
 */
import type { VerifierChoice } from '../../engine/train/labelers';
import type { IterationMetrics } from '../../worker/protocol';
import type { T } from '../i18n/t';
import { EN, pct } from './describe';

/** Share of the counted answers (first rounds, every arm) whose mark a labeler changed; undefined: none yet. */
export function flippedShare(
  arms: readonly { iterations: readonly IterationMetrics[] }[],
): number | undefined {
  let flipped = 0;
  let answers = 0;
  for (const a of arms)
    for (const m of a.iterations) {
      if (!m.errors) continue;
      flipped += m.flipped ?? 0;
      answers += Object.values(m.errors).reduce((x, n) => x + n, 0);
    }
  return answers > 0 ? flipped / answers : undefined;
}

export function labelNote(
  labelNoise: number,
  verifier: VerifierChoice,
  arms: readonly { iterations: readonly IterationMetrics[] }[],
  t: T = EN,
): string | null {
  if (labelNoise <= 0 && verifier === 'exact') return null;
  const share = flippedShare(arms);
  const how = [
    labelNoise > 0 ? t('charts.labelNoise', { p: pct(labelNoise) }) : '',
    verifier === 'offByOne' ? t('charts.verifier') : '',
  ]
    .filter(Boolean)
    .join(t('charts.text'));
  const so = share === undefined ? t('charts.noAnswers') : t('charts.pAnswers', { p: pct(share) });
  const first = labelNoise > 0 ? t('charts.marksAre', { how, so }) : t('charts.marksAreBiased', { how, so });
  const rest = t('charts.nFTTrains');
  return `${first} ${rest}`;
}
