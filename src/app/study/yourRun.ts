/**
 * The attendee's own run as one paired figure: NFT minus RFT, in points of held-out accuracy, at the
 * latest evaluation both arms have reached after training. Iteration 0 is not one: both arms are then the
 * same base model, so its 0.0 says nothing, and beside the study's range it read as a result. Pure.
 */
import type { ArmSeries } from '../../formats/sessionFile/schema';

export interface OwnGap {
  iteration: number;
  /** NFT − RFT in points (100 × the difference of shares). */
  greedy: number;
  sampled: number;
}

export function ownGap(arms: readonly ArmSeries[], a = 'nft', b = 'rft'): OwnGap | null {
  const x = arms.find((arm) => arm.name === a);
  const y = arms.find((arm) => arm.name === b);
  if (!x || !y) return null;
  for (const e of [...x.evals].reverse()) {
    if (e.iteration === 0) break;
    const f = y.evals.find((g) => g.iteration === e.iteration);
    if (f)
      return {
        iteration: e.iteration,
        greedy: 100 * (e.eval.greedy.accuracy - f.eval.greedy.accuracy),
        sampled: 100 * (e.eval.sampled.accuracy - f.eval.sampled.accuracy),
      };
  }
  return null;
}

/** A signed figure in points, one decimal: "+2.3", "-0.4", "0.0". */
export const signedPoints = (v: number): string => {
  const s = v.toFixed(1);
  return v > 0 && s !== '0.0' ? `+${s}` : s === '-0.0' ? '0.0' : s;
};
