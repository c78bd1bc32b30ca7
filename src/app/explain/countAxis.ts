/**
 * The y axis of a chart of counts (the r̂ histogram: questions per r̂): ticks on whole numbers only,
 * never at 0.5 of a question, about four of them, and a top that every bar fits under.
 */
export const COUNT_TICKS = 4;

export function countAxis(counts: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(COUNT_TICKS, ...counts.filter(Number.isFinite));
  const step = Math.ceil(max / COUNT_TICKS);
  const top = step * Math.ceil(max / step);
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  return { domain: [0, top], ticks };
}
