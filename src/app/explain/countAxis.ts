/**
 * The y domain of a chart of counts (the r̂ histogram: questions per r̂): from 0 to at least 4, so that
 * its 4 ticks (charts/scale.ts niceTicks) fall on whole numbers, never at 0.5 of a question.
 */
export const COUNT_TICKS = 4;

export function countDomain(counts: readonly number[]): [number, number] {
  return [0, Math.max(COUNT_TICKS, ...counts)];
}
