/**
 * What the presenter view draws for one metric: every arm's rows and style on shared axes (the y axis
 * fitted to the data), and the latest values as text. Pure, no React (the chart grid's functions,
 * src/app/charts/series.ts).
 */
import { type ArmStyle, armStyles, type Shape } from '../charts/armStyle';
import { fitDomain } from '../charts/chartData';
import { metricValue } from '../charts/describe';
import { type MetricDef, metricRows, type Row, sharedDomain, type XAxisKind } from '../charts/series';
import type { MsgId } from '../i18n/t';
import type { ArmSeries } from '../run/history';

export { SHAPES } from '../charts/armStyle';
export type { Shape };

export interface PresentArm extends ArmStyle {
  method: ArmSeries['method'];
  rows: Row[];
  /** The latest raw value of each line, as text ('–' when none). */
  latest: { label: MsgId; text: string }[];
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
  const styles = armStyles(arms);
  const out = arms.map((a, i): PresentArm => {
    const rows = metricRows(a, metric, xAxis, smoothing);
    const last = rows.at(-1);
    return {
      ...styles[i],
      method: a.method,
      rows,
      latest: metric.lines.map((l) => ({ label: l.label, text: valueText(metric, last?.[l.key]) })),
    };
  });
  const main = metric.lines[0].key;
  const shown = out.flatMap((a) => [main, `${main}~`].map((k) => a.rows.map((r) => ({ x: r.x, y: r[k] }))));
  return {
    arms: out,
    xDomain: sharedDomain(
      out.map((a) => a.rows),
      ['x'],
    ),
    yDomain: fitDomain(shown, null, metric.domain),
  };
}
