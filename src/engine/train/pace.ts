/**
 * Sub-units of work: an iteration is cut into sampling rounds and update (mini-batch) steps, an
 * evaluation into chunks of answers. Between two sub-units the engine calls its Pacer, which may wait
 * (a pause: the run stops there and goes on later with exactly the same numbers, as nothing is drawn
 * while it waits) or throw (the run was reset or replaced: the iteration is abandoned, its intermediate
 * tensors freed). Plain TypeScript: the worker's Runner and the backend race implement it.
 */

/** Where an iteration or evaluation has got to, as the page shows it. */
export type Progress =
  | { phase: 'sampling'; round: number; maxRounds: number }
  | { phase: 'updating'; step: number; steps: number }
  | { phase: 'evaluating'; done: number; total: number };

export interface Pacer {
  /**
   * Called before each sub-unit. Resolves to the milliseconds it waited (excluded from the measured
   * compute time), or rejects to abandon the work.
   */
  at(progress: Progress): Promise<number>;
  /**
   * Called before each generated token (a sampling round or an evaluation chunk can take a second or
   * more): may wait there too (resolving to the milliseconds waited) or throw (the race's deadline).
   */
  token?(): number | Promise<number>;
}

/** generate()'s beforeToken for `pacer`, adding the time it waits to `waited.ms` (undefined: no pacer). */
export function tokenHook(
  pacer: Pacer | undefined,
  waited: { ms: number },
): (() => Promise<void>) | undefined {
  const token = pacer?.token?.bind(pacer);
  if (!token) return undefined;
  return async () => {
    waited.ms += await token();
  };
}

/** Calls `pacer.at(progress)` when there is a pacer; resolves to the milliseconds waited (0 without one). */
export async function paceAt(pacer: Pacer | undefined, progress: Progress): Promise<number> {
  return pacer ? pacer.at(progress) : 0;
}
