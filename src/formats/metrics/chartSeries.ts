/**
 * The page's chart series, gathered from the metric table (metricTable.ts): one per chart of CHARTS
 * (chartLines.ts), in its order, with the lines every metric that names the chart draws there, in the
 * table's order. A metric given a chart line in the table is charted; nothing else lists them. The page
 * adds how they look (app/charts/series.ts: dashes, colours, notes).
 */
import type { IterationMetrics } from '../../engine/train/arm';
import type { EvalPoint } from '../../engine/train/experiment';
import { CHARTS, type ChartId, type ChartLine } from './chartLines';
import { EVAL_COLUMNS, type EvalColumn, ITERATION_METRICS, type IterationMetricSpec } from './metricTable';

/** A point of a chart: an evaluation or an iteration's metrics (a chart reads one kind). */
export type ChartPoint = EvalPoint & IterationMetrics;

export interface ChartSeries {
  id: ChartId;
  /** English; the page translates it. */
  title: string;
  source: 'eval' | 'iteration';
  /** Its values are shares, drawn on 0 to 1. */
  share: boolean;
  lines: { key: string; label: string }[];
  values: (p: ChartPoint) => Record<string, number>;
  /** Points without this chart's metrics are left out (e.g. SFT arms have no verdicts to count). */
  has?: (p: ChartPoint) => boolean;
}

type IterationSpecs = Readonly<Record<string, IterationMetricSpec<keyof IterationMetrics>>>;

const isOptional = (spec: IterationMetricSpec<keyof IterationMetrics>) =>
  typeof spec.check === 'object' && 'optional' in spec.check;

/** The chart series of a metric table (the project's own by default). */
export function chartSeries(
  iterationMetrics: IterationSpecs = ITERATION_METRICS as IterationSpecs,
  evalColumns: readonly EvalColumn[] = EVAL_COLUMNS,
): ChartSeries[] {
  return (Object.keys(CHARTS) as ChartId[]).map((id) => {
    const fromEvals = evalColumns.flatMap((c) => (c.charted?.chart === id ? c.charted.lines : []));
    const specs = Object.entries(iterationMetrics).filter(([, s]) => s.charted?.chart === id);
    const fromIterations = specs.flatMap(([, s]) => s.charted?.lines ?? []);
    if (fromEvals.length > 0 === fromIterations.length > 0)
      throw new Error(
        `chart ${id}: its lines must come from evaluations or from iterations, not ${
          fromEvals.length ? 'both' : 'neither'
        }`,
      );
    const lines = (fromEvals.length ? fromEvals : fromIterations) as ChartLine<ChartPoint>[];
    const keys = lines.map((l) => l.key);
    if (new Set(keys).size < keys.length) throw new Error(`chart ${id}: two lines share a key (${keys})`);
    const optional = specs.filter(([, s]) => isOptional(s)).map(([k]) => k as keyof IterationMetrics);
    const chart: { title: string; share?: boolean } = CHARTS[id];
    const series: ChartSeries = {
      id,
      title: chart.title,
      source: fromEvals.length ? 'eval' : 'iteration',
      share: chart.share === true,
      lines: lines.map((l) => ({ key: l.key, label: l.label })),
      values: (p) => Object.fromEntries(lines.map((l) => [l.key, l.value(p)])),
    };
    if (optional.length > 0) series.has = (p) => optional.every((k) => p[k] !== undefined);
    return series;
  });
}
