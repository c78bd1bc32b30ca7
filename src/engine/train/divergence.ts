/**
 * An arm diverges when an update's loss or gradient norm is not a finite number: its weights are then
 * NaN or infinite, so it trains no more while the other arms go on. Read from the history alone, so the
 * engine, a restored snapshot and the page agree. Pure: no tfjs.
 */

interface Losses {
  loss: number;
  gradNorm: number;
}

/** True when the arm's last iteration's loss or gradient norm is NaN or infinite. */
export function diverged(arm: { iterations: readonly Losses[] }): boolean {
  const last = arm.iterations.at(-1);
  return last !== undefined && !(Number.isFinite(last.loss) && Number.isFinite(last.gradNorm));
}
