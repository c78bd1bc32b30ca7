/**
 * What an attendee's page reports to its class room: per evaluation, each arm's greedy and sampled
 * accuracy and its entropy at that iteration. Nothing else (no answers, no labels, no settings).
 */
import type { ArmFigures, ClassResult } from '../../formats/classRoom/roomMessages';
import type { ArmSeries } from '../run/history';

function entropyAt(arm: ArmSeries, iteration: number): number | null {
  // The evaluation after iteration k (1-based) follows that iteration's metrics (index k - 1).
  const e = iteration > 0 ? arm.iterations[iteration - 1]?.entropy : undefined;
  return e !== undefined && Number.isFinite(e) && e >= 0 && e <= 100 ? e : null;
}

/** Every iteration at which all arms have an evaluation, as results (in iteration order). */
export function resultsOf(arms: readonly ArmSeries[]): ClassResult[] {
  if (arms.length === 0) return [];
  const out: ClassResult[] = [];
  for (const p of arms[0].evals) {
    const figures: ArmFigures[] = [];
    for (const a of arms) {
      const q = a.evals.find((e) => e.iteration === p.iteration);
      if (!q) break;
      figures.push({
        name: a.name,
        method: a.method,
        greedy: q.eval.greedy.accuracy,
        sampled: q.eval.sampled.accuracy,
        entropy: entropyAt(a, p.iteration),
      });
    }
    if (figures.length === arms.length) out.push({ iteration: p.iteration, arms: figures });
  }
  return out;
}
