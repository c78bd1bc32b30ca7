/**
 * The data side of SeriesChart (SeriesChart.tsx): several series of (x, y) points merged into the one
 * table recharts draws from, and the y range fitted to what is shown. Pure, no React.
 */
import { niceStep } from './series';

export interface Point {
  x: number;
  y: number;
}

/** One row per distinct x (ascending): `x` and each series' y under its key where it has a point there. */
export function mergeSeries(
  series: ReadonlyArray<{ key: string; points: ReadonlyArray<Point> }>,
): Array<Record<string, number>> {
  const byX = new Map<number, Record<string, number>>();
  for (const s of series)
    for (const p of s.points) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      let row = byX.get(p.x);
      if (!row) {
        row = { x: p.x };
        byX.set(p.x, row);
      }
      row[s.key] = p.y;
    }
  return [...byX.values()].sort((a, b) => a.x - b.x);
}

/**
 * The y range of the points inside `xRange` (all when null), widened to round numbers: fitted to the
 * data, not to 0..1, so a gain from 38.6% to 44% fills the chart. [0, 1] without data; a flat line is
 * padded. `clamp` keeps it inside a range (e.g. shares in [0, 1]).
 */
export function fitDomain(
  pointSets: ReadonlyArray<ReadonlyArray<Point>>,
  xRange: readonly [number, number] | null = null,
  clamp?: readonly [number, number],
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const ps of pointSets)
    for (const p of ps) {
      if (!Number.isFinite(p.y) || (xRange && (p.x < xRange[0] || p.x > xRange[1]))) continue;
      lo = Math.min(lo, p.y);
      hi = Math.max(hi, p.y);
    }
  if (lo > hi) return clamp ? [clamp[0], clamp[1]] : [0, 1];
  if (hi - lo < 1e-12) {
    const pad = Math.abs(lo) * 0.1 || 0.05;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / 5);
  const round = (v: number) => +v.toPrecision(12);
  let out: [number, number] = [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
  if (clamp) out = [Math.max(clamp[0], out[0]), Math.min(clamp[1], out[1])];
  return out;
}

/**
 * An x range of whole numbers at least 1 wide: recharts' whole-number ticks (allowDecimals false) over a
 * range narrower than 1 (one point at x = 1 padded to 0.9..1.1) never finish.
 */
export function wholeDomain([lo, hi]: readonly [number, number]): [number, number] {
  const a = Math.floor(lo);
  return [a, Math.max(a + 1, Math.ceil(hi))];
}
