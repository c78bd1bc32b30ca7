/**
 * What the presenter view draws for one metric: every arm's rows on shared axes, and the latest values
 * as text. Pure, no React (the chart grid's functions, src/app/charts/series.ts).
 */
import { metricValue } from '../charts/describe';
import { type MetricDef, metricRows, type Row, sharedDomain, type XAxisKind } from '../charts/series';
import type { ArmSeries } from '../run/history';

/** Marker shapes, one per arm in order, so an arm is told apart by more than its colour. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type Shape = (typeof SHAPES)[number];

export interface PresentArm {
  name: string;
  method: ArmSeries['method'];
  shape: Shape;
  rows: Row[];
  /** The latest raw value of each line, as text ('–' when none). */
  latest: { label: string; text: string }[];
}

export interface PresentData {
  arms: PresentArm[];
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Shares (0..1 domains) as percentages, other values to 3 significant digits. */
export const valueText = metricValue;

export function presentData(
  arms: readonly ArmSeries[],
  metric: MetricDef,
  xAxis: XAxisKind,
  smoothing: number,
): PresentData {
  const out = arms.map((a, i): PresentArm => {
    const rows = metricRows(a, metric, xAxis, smoothing);
    const last = rows.at(-1);
    return {
      name: a.name,
      method: a.method,
      shape: SHAPES[i % SHAPES.length],
      rows,
      latest: metric.lines.map((l) => ({ label: l.label, text: valueText(metric, last?.[l.key]) })),
    };
  });
  const rows = out.map((a) => a.rows);
  const keys = metric.lines.flatMap((l) => [l.key, `${l.key}~`]);
  return {
    arms: out,
    xDomain: sharedDomain(rows, ['x']),
    yDomain: metric.domain ?? sharedDomain(rows, keys),
  };
}

/** SVG path data of a marker of the given shape, centred on (x, y), about 2r across. */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  switch (shape) {
    case 'circle':
      return `M${p(-r, 0)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${p(-r, -r)}H${(x + r).toFixed(1)}V${(y + r).toFixed(1)}H${(x - r).toFixed(1)}Z`;
    case 'triangle':
      return `M${p(0, -r * 1.2)}L${p(r * 1.1, r * 0.8)}L${p(-r * 1.1, r * 0.8)}Z`;
    case 'diamond':
      return `M${p(0, -r * 1.3)}L${p(r * 1.3, 0)}L${p(0, r * 1.3)}L${p(-r * 1.3, 0)}Z`;
    case 'cross':
      return `M${p(-r, -r)}L${p(r, r)}M${p(r, -r)}L${p(-r, r)}`;
    case 'star': {
      let d = '';
      for (let k = 0; k < 10; k++) {
        const a = (Math.PI / 5) * k - Math.PI / 2;
        const rr = k % 2 === 0 ? r * 1.3 : r * 0.55;
        d += `${k === 0 ? 'M' : 'L'}${p(rr * Math.cos(a), rr * Math.sin(a))}`;
      }
      return `${d}Z`;
    }
  }
}

/**
 * Label positions near `ys` (in pixels, any order) at least `gap` apart, each moved as little as it
 * takes, kept within [lo, hi] where they fit: the end labels of lines that finish close together.
 */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => o.y);
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k], out[k - 1] + gap);
  // Pushed past the bottom: shift the stack up, as far as the top allows.
  const over = out.length > 0 ? out[out.length - 1] - hi : 0;
  if (over > 0) {
    for (let k = out.length - 1; k >= 0; k--) {
      const limit = k === out.length - 1 ? hi : out[k + 1] - gap;
      out[k] = Math.min(out[k], limit);
    }
    const under = lo - out[0];
    if (under > 0) for (let k = 0; k < out.length; k++) out[k] += under;
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => {
    result[o.i] = out[k];
  });
  return result;
}
