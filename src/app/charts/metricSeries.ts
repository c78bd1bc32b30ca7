/**
 * The series a metric chart draws, from the rows of series.ts: every arm's chosen line on one chart
 * (overlay), one arm's lines in its panel (small multiples), and the paired difference of two arms.
 * Pure, no React.
 */

import type { MsgId } from '../i18n/t';
import type { ArmStyle } from './armStyle';
import type { Point } from './chartData';
import type { ChartSeries } from './SeriesChart';
import { lineStyle, type MetricDef, type Row } from './series';

const cache = new WeakMap<readonly Row[], Map<string, Point[]>>();

/**
 * One line's (x, y) points from the rows: the same array for the same rows and key, so a chart whose
 * rows did not change (another arm hidden, another chart's data) keeps its table of points.
 */
function points(rows: readonly Row[], key: string): Point[] {
  let byKey = cache.get(rows);
  if (!byKey) {
    byKey = new Map();
    cache.set(rows, byKey);
  }
  let out = byKey.get(key);
  if (!out) {
    out = rows.map((r) => ({ x: r.x, y: r[key] })).filter((p) => Number.isFinite(p.y));
    byKey.set(key, out);
  }
  return out;
}

/** Line widths from the first arm down: a later arm's line lies on an earlier one without hiding it. */
export const widthOf = (i: number, n: number, base = 2) => base + 1.2 * (n - 1 - i);

/**
 * Every arm's `lineKey` of the metric: the smoothed line in its colour, dash and shape, and with
 * smoothing on its raw values faint behind. `rowsPerArm` in the order of `styles`.
 */
export function overlaySeries(
  styles: readonly ArmStyle[],
  rowsPerArm: readonly (readonly Row[])[],
  lineKey: string,
  smoothing: number,
  hidden: readonly string[],
  label: (arm: string) => string = (a) => a,
): ChartSeries[] {
  const out: ChartSeries[] = [];
  styles.forEach((s, i) => {
    const rows = rowsPerArm[i] ?? [];
    const off = hidden.includes(s.name);
    if (smoothing > 0)
      out.push({
        key: `a${i}_raw`,
        name: `${s.name} raw`,
        colour: s.colour,
        dash: s.dash,
        faint: true,
        hidden: off,
        points: points(rows, lineKey),
      });
    out.push({
      key: `a${i}`,
      name: label(s.name),
      colour: s.colour,
      dash: s.dash,
      shape: s.shape,
      width: widthOf(i, styles.length),
      hidden: off,
      points: points(rows, `${lineKey}~`),
    });
  });
  return out;
}

/** One arm's panel: each line of the metric in the arm's colour, told apart by the line's dash. */
export function armPanelSeries(
  style: ArmStyle,
  metric: MetricDef,
  rows: readonly Row[],
  smoothing: number,
  label: (line: MsgId) => string = (l) => l,
): ChartSeries[] {
  return metric.lines.flatMap((l) => {
    const dash = lineStyle(l).dashArray ?? '';
    const smooth: ChartSeries = {
      key: `${l.key}~`,
      name: label(l.label),
      colour: style.colour,
      dash,
      shape: style.shape,
      points: points(rows, `${l.key}~`),
    };
    if (smoothing <= 0) return [smooth];
    const raw = {
      key: l.key,
      name: l.key,
      colour: style.colour,
      dash,
      faint: true,
      points: points(rows, l.key),
    };
    return [raw, smooth];
  });
}

/**
 * `a` minus `b` at each x where both have a value of `key` (the paired difference: same iteration,
 * same held-out questions): above 0 where `a` leads.
 */
export function differencePoints(
  a: readonly Row[],
  b: readonly Row[],
  key: string,
): { x: number; y: number }[] {
  const byX = new Map(b.map((r) => [r.x, r[key]]));
  const out: { x: number; y: number }[] = [];
  for (const r of a) {
    const other = byX.get(r.x);
    const v = r[key];
    if (other !== undefined && Number.isFinite(v) && Number.isFinite(other))
      out.push({ x: r.x, y: v - other });
  }
  return out;
}
