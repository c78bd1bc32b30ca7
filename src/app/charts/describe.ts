/** Words for what an arm optimises, as the UI states it. */
import type { LossOptions } from '../../engine/losses/options';
import type { MetricDef, Row } from './series';

export function describeAggregation(o: LossOptions): string {
  switch (o.aggregation) {
    case 'sum_const':
      return `sum / ${o.constant} (constant)`;
    case 'token_mean':
      return 'token mean';
    case 'answer_mean':
      return 'mean per answer, then over answers';
  }
}

export const pct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
export const num = (x: number | undefined) => (x === undefined ? '–' : x.toPrecision(3));

/** A value of a metric as text: shares (0..1 charts) as percentages, others to 3 significant digits. */
export function metricValue(metric: MetricDef, v: number | undefined): string {
  const share = metric.domain?.[0] === 0 && metric.domain[1] === 1;
  return share ? pct(v) : num(v);
}

/** A chart panel's text summary: what it plots, for which arm, how many points, and the latest values. */
export function panelSummary(metric: MetricDef, arm: string, rows: readonly Row[]): string {
  const last = rows.at(-1);
  const head = `${metric.title}, ${arm}: ${rows.length} point${rows.length === 1 ? '' : 's'}`;
  if (!last) return head;
  const values = metric.lines.map((l) => `${l.label} ${metricValue(metric, last[l.key])}`).join(', ');
  return `${head}; latest at x = ${+last.x.toPrecision(4)}: ${values}`;
}
