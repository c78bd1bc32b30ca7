import { describe, expect, it } from 'vitest';
import type { IterationMetrics } from '../../engine/train/arm';
import { CHARTS, type Charted, type ChartId } from './chartLines';
import { type ChartPoint, chartSeries } from './chartSeries';
import { EVAL_COLUMNS, ITERATION_METRICS, type IterationMetricSpec } from './metricTable';

type Specs = Record<string, IterationMetricSpec<keyof IterationMetrics>>;
const TABLE = ITERATION_METRICS as unknown as Specs;

/** The table's chart lines, as `chart: key (label)`, in the table's order. */
function tableLines(specs: Specs): string[] {
  const charted = [
    ...EVAL_COLUMNS.map((c) => c.charted),
    ...Object.values(specs).map((s) => s.charted as Charted<unknown> | undefined),
  ];
  return charted.flatMap((c) => (c ? c.lines.map((l) => `${c.chart}: ${l.key} (${l.label})`) : []));
}
const seriesLines = (specs: Specs) =>
  chartSeries(specs).flatMap((s) => s.lines.map((l) => `${s.id}: ${l.key} (${l.label})`));
const byChart = (lines: string[]) => [...lines].sort();

/** The table with one more charted metric: the gradient norm, as a line `key` on `chart`. */
const withGradNormOn = (chart: ChartId, key = 'gradNorm'): Specs => ({
  ...TABLE,
  gradNorm: {
    ...TABLE.gradNorm,
    charted: { chart, lines: [{ key, label: 'gradient norm', value: (m) => m.gradNorm }] },
  },
});
const withGradNorm = withGradNormOn('loss');

const point = (m: Partial<IterationMetrics>) => ({ loss: 0.5, gradNorm: 2, ...m }) as ChartPoint;

describe('the chart series come from the metric table', () => {
  it('every chart line of the table is in the series, and nothing else; one series per chart, in order', () => {
    expect(tableLines(TABLE).length).toBeGreaterThanOrEqual(12);
    expect(byChart(seriesLines(TABLE))).toEqual(byChart(tableLines(TABLE)));
    expect(chartSeries().map((s) => s.id)).toEqual(Object.keys(CHARTS));
    expect(chartSeries().map((s) => s.title)).toEqual(Object.values(CHARTS).map((c) => c.title));
  });

  it('a metric given a chart line in the table reaches its chart, with its value', () => {
    expect(seriesLines(TABLE)).not.toContain('loss: gradNorm (gradient norm)');
    expect(seriesLines(withGradNorm)).toContain('loss: gradNorm (gradient norm)');
    const loss = chartSeries(withGradNorm).find((s) => s.id === 'loss');
    expect(loss?.values(point({}))).toEqual({ loss: 0.5, gradNorm: 2 });
  });

  it('reads each chart from one kind of record; an optional metric leaves out the points without it', () => {
    const series = Object.fromEntries(chartSeries().map((s) => [s.id, s]));
    expect(series.accuracy.source).toBe('eval');
    expect(series.loss.source).toBe('iteration');
    expect([series.accuracy.share, series.answers.share, series.errors.share, series.loss.share]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(series.loss.has).toBeUndefined();
    expect(series.errors.has?.(point({}))).toBe(false);
    expect(series.drift.has?.(point({ absLogRatio: 0.1, absLogRatioLast: 0.2 }))).toBe(true);
    expect(series.drift.values(point({ absLogRatio: 0.1, absLogRatioLast: 0.2 }))).toEqual({
      last: 0.2,
      mean: 0.1,
    });
    const errors = series.errors.values(
      point({ errors: { none: 1, wrong_final: 2, wrong_step: 1, truncated: 0, unparsable: 0 } }),
    );
    expect(errors).toEqual({ right: 0.25, wrong_final: 0.5, wrong_step: 0.25, truncated: 0, unparsable: 0 });
    expect(series.answers.values(point({ right: 3, wrong: 1 }))).toEqual({ right: 0.75, wrong: 0.25 });
  });

  it('refuses a chart without lines, with lines from both kinds of record, or with one key twice', () => {
    const { loss: _loss, ...noLoss } = TABLE;
    expect(() => chartSeries(noLoss)).toThrow(/chart loss: .*neither/);
    expect(() => chartSeries(withGradNormOn('accuracy'))).toThrow(/chart accuracy: .*both/);
    expect(() => chartSeries(withGradNormOn('loss', 'loss'))).toThrow(/two lines share a key/);
  });
});
