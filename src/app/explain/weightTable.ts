/**
 * The numbers of the gradient-weight-against-R explainer (pure): NFT's right and wrong token weights at
 * the chosen eps and r_hat, beside the clipped surrogates of PPO / GRPO (clip 0.2) and DAPO (clip
 * [0.8, 1.28]) with the advantage that matches NFT at R = 1 (engine/explain/weights.ts).
 */
import { matchedClippedWeight, nftClipPoint, nftWeight } from '../../engine/explain/weights';
import type { LossOptions } from '../../engine/losses/options';

export const CLIPS = {
  grpo: { low: 0.2, high: 0.2 },
  dapo: { low: 0.2, high: 0.28 },
} as const;

/** Rows of the table: away from the clip edges 0.8, 1.2 and 1.28, plus where NFT's floor starts. */
export const TABLE_RATIOS = [0.5, 0.9, 1, 1.1, 1.5, 2, 3];

export interface WeightRow {
  R: number;
  nftRight: number;
  nftWrong: number;
  grpoRight: number;
  grpoWrong: number;
  dapoRight: number;
  dapoWrong: number;
}

export function weightRow(o: LossOptions, rHat: number, R: number): WeightRow {
  return {
    R,
    nftRight: nftWeight(o, true, R, rHat),
    nftWrong: nftWeight(o, false, R, rHat),
    grpoRight: matchedClippedWeight(o, true, R, rHat, CLIPS.grpo),
    grpoWrong: matchedClippedWeight(o, false, R, rHat, CLIPS.grpo),
    dapoRight: matchedClippedWeight(o, true, R, rHat, CLIPS.dapo),
    dapoWrong: matchedClippedWeight(o, false, R, rHat, CLIPS.dapo),
  };
}

export function weightTable(o: LossOptions, rHat: number): WeightRow[] {
  const clip = nftClipPoint(o.eps, Math.min(o.rHatMax, Math.max(o.rHatMin, rHat)));
  const ratios = [...TABLE_RATIOS];
  if (clip !== null && clip < 4 && !ratios.some((R) => Math.abs(R - clip) < 1e-9)) ratios.push(clip);
  return ratios.sort((a, b) => a - b).map((R) => weightRow(o, rHat, R));
}

export const R_MAX = 3;

/** Points of each curve over R in (0, R_MAX]. */
export function weightCurves(o: LossOptions, rHat: number, n = 120): WeightRow[] {
  return Array.from({ length: n }, (_, i) => weightRow(o, rHat, (R_MAX * (i + 1)) / n));
}
