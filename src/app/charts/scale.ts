/**
 * Geometry of a small line chart: linear scales, round tick values and SVG paths. Pure, no React:
 * MetricPanel draws the SVG by hand, which costs a fraction of a charting library's render (the page
 * redraws every chart a few times a second while it trains, and must not freeze; see src/app/perf).
 */
import { niceStep } from './series';

export type Scale = (v: number) => number;

/** Maps [d0, d1] onto [r0, r1]; a flat domain maps to the middle of the range. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Tick labels: 3 significant digits; values tiny next to the axis' span read as 0. */
export function tickLabel([lo, hi]: [number, number]): (v: number) => string {
  const span = Math.abs(hi - lo) || 1;
  return (v) =>
    Math.abs(v) < span * 1e-4 ? '0' : Math.abs(v) >= 1e4 ? v.toExponential(1) : String(+v.toPrecision(3));
}

/** About `count` round values (1, 2 or 5 times a power of ten apart) inside the domain; whole numbers if `integer`. */
export function niceTicks([lo, hi]: [number, number], count: number, integer = false): number[] {
  if (!(hi > lo)) return Number.isFinite(lo) ? [lo] : [];
  let step = niceStep((hi - lo) / Math.max(1, count));
  if (integer) step = Math.max(1, Math.round(step));
  const round = (v: number) => +v.toPrecision(12);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(round(v));
  return out;
}

/** SVG path data through the rows' values of `key`; a missing or non-finite value breaks the line. */
export function linePath(
  rows: ReadonlyArray<Record<string, number>>,
  key: string,
  sx: Scale,
  sy: Scale,
): string {
  let d = '';
  let pen = false;
  for (const r of rows) {
    const v = r[key];
    if (!Number.isFinite(v) || !Number.isFinite(r.x)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${sx(r.x).toFixed(1)},${sy(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** SVG path data of a small circle (radius r) at each finite value of `key`: one element for all the dots. */
export function dotsPath(
  rows: ReadonlyArray<Record<string, number>>,
  key: string,
  sx: Scale,
  sy: Scale,
  r: number,
): string {
  let d = '';
  for (const row of rows) {
    const v = row[key];
    if (!Number.isFinite(v) || !Number.isFinite(row.x)) continue;
    d += `M${(sx(row.x) - r).toFixed(1)},${sy(v).toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}
