/**
 * Chart data from the arms' histories: the charts (the metric table's, formats/metrics/chartSeries.ts,
 * with the page's line styles, colours and notes), their x positions (iteration, answers seen or
 * compute seconds) and EMA smoothing. Pure functions, no React.
 */
import { isLabelledArm } from '../../engine/labels/names';
import type { Method } from '../../engine/losses/options';
import type { ChartId } from '../../formats/metrics/chartLines';
import { type ChartSeries, chartSeries } from '../../formats/metrics/chartSeries';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import type { MsgId } from '../i18n/t';
import type { ArmSeries } from '../run/history';

export type XAxisKind = 'iteration' | 'answers' | 'seconds';

/** Each x axis' name (an id of the page's English, i18n/en/charts.ts). */
export const X_AXES: Record<XAxisKind, MsgId> = {
  iteration: 'charts.iteration',
  answers: 'charts.answersSeen',
  seconds: 'charts.computeSeconds',
};

/** Okabe-Ito colours, one fixed per method, so an arm keeps its colour in every run. */
export const METHOD_COLOURS: Record<Method, string> = {
  nft: '#0072B2',
  rft: '#E69F00',
  sft: '#009E73',
  grpo: '#CC79A7',
  dr_grpo: '#D55E00',
  dapo: '#56B4E9',
};

/**
 * An arm's colour: its method's, and for an arm on a person's labels (engine/labels/names.ts) a darker
 * shade of it, so the two read as related but distinct.
 */
export function armColour(arm: { name: string; method: Method }): string {
  const c = METHOD_COLOURS[arm.method];
  if (!isLabelledArm(arm.name)) return c;
  const dark = (i: number) =>
    Math.round(Number.parseInt(c.slice(i, i + 2), 16) * 0.55)
      .toString(16)
      .padStart(2, '0');
  return `#${dark(1)}${dark(3)}${dark(5)}`;
}

/** Line styles beyond solid and dashed, for rows with more lines (named in words in the legend). */
export type DashStyle = 'dotted' | 'dash-dot' | 'long dash';

interface LineDef {
  key: string;
  /** The line's name: `line.<key>` of the metric table's English (i18n/en/data.ts). */
  label: MsgId;
  dashed?: boolean;
  dash?: DashStyle;
}

const DASH_ARRAYS: Record<DashStyle | 'dashed', string> = {
  dashed: '4 3',
  dotted: '1 3',
  'dash-dot': '6 3 1 3',
  'long dash': '10 4',
};

const DASH_NAMES: Record<DashStyle | 'dashed' | 'solid', MsgId> = {
  solid: 'charts.solid',
  dashed: 'charts.dashed',
  dotted: 'charts.dotted',
  'dash-dot': 'charts.dashDot',
  'long dash': 'charts.longDash',
};

/** A line's style: its name in the legend (an id) and its SVG dash array (undefined = solid). */
export function lineStyle(l: Pick<LineDef, 'dashed' | 'dash'>): { name: MsgId; dashArray?: string } {
  const style = l.dash ?? (l.dashed ? 'dashed' : 'solid');
  const name = DASH_NAMES[style];
  return style === 'solid' ? { name } : { name, dashArray: DASH_ARRAYS[style] };
}

export interface MetricDef {
  id: string;
  /** The chart's title: `chart.<id>` of the metric table's English. */
  title: MsgId;
  source: 'eval' | 'iteration';
  lines: LineDef[];
  /** Fixed y range (shares); else shared across arms from the data. */
  domain?: [number, number];
  values: (p: EvalPoint & IterationMetrics) => Record<string, number>;
  /** Points without this metric are left out (e.g. SFT arms have no verdicts to count). */
  has?: (p: EvalPoint & IterationMetrics) => boolean;
  /** A sentence under the row's title when one of `methods` is in the run. */
  note?: { methods: Method[]; text: MsgId };
}

/** A chart's lines, by their place on it: solid, dashed, then the named styles. */
export const LINE_DASHES: readonly Pick<LineDef, 'dashed' | 'dash'>[] = [
  {},
  { dashed: true },
  { dash: 'dotted' },
  { dash: 'dash-dot' },
  { dash: 'long dash' },
];

/** Sentences under a chart's title, by chart (the page's own words; the series come from the metric table). */
const NOTES: Partial<Record<ChartId, MetricDef['note']>> = {
  loss: {
    methods: ['nft', 'rft'],
    text: 'charts.nFTsRFTs',
  },
  drift: {
    methods: ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'],
    text: 'charts.howFarPolicy',
  },
};

/** A chart of the metric table as the page draws it: its lines' dashes, its y range, its note. */
export function metricDef(s: ChartSeries): MetricDef {
  const def: MetricDef = {
    id: s.id,
    title: `chart.${s.id}`,
    source: s.source,
    lines: s.lines.map((l, i) => ({ key: l.key, label: `line.${l.key}` as const, ...LINE_DASHES[i] })),
    values: s.values,
  };
  if (s.share) def.domain = [0, 1];
  if (s.has) def.has = s.has;
  const note = NOTES[s.id];
  if (note) def.note = note;
  return def;
}

/** The charts, one per chart of the metric table (formats/metrics/metricTable.ts), in its order. */
export const METRICS: MetricDef[] = chartSeries().map(metricDef);

export type Row = { x: number } & Record<string, number>;

/** x of each completed iteration (iteration n = after n iterations), and of each evaluation. */
function iterationX(ms: IterationMetrics[], kind: XAxisKind): number[] {
  let answers = 0;
  let ms_ = 0;
  return ms.map((m) => {
    answers += m.right + m.wrong;
    ms_ += m.sampleMs + m.updateMs;
    return kind === 'iteration' ? m.iteration + 1 : kind === 'answers' ? answers : ms_ / 1000;
  });
}

function evalX(p: EvalPoint, kind: XAxisKind): number {
  return kind === 'iteration' ? p.iteration : kind === 'answers' ? p.answersSeen : p.computeSeconds;
}

/**
 * Exponential moving average, debiased as TensorBoard does (the first points are not pulled to 0).
 * smoothing 0 = raw, towards 1 = smoother.
 */
export function ema(ys: readonly number[], smoothing: number): number[] {
  let acc = 0;
  let weight = 0;
  return ys.map((y) => {
    acc = acc * smoothing + (1 - smoothing) * y;
    weight = weight * smoothing + (1 - smoothing);
    return weight > 0 ? acc / weight : y;
  });
}

/** One row per point: x, each line's raw value, and its smoothed value under `${key}~`. */
export function metricRows(arm: ArmSeries, metric: MetricDef, kind: XAxisKind, smoothing: number): Row[] {
  const all = (metric.source === 'eval' ? arm.evals : arm.iterations) as (EvalPoint & IterationMetrics)[];
  const allX =
    metric.source === 'eval' ? arm.evals.map((p) => evalX(p, kind)) : iterationX(arm.iterations, kind);
  const has = metric.has;
  const points = has ? all.filter(has) : all;
  const xs = has ? allX.filter((_x, i) => has(all[i])) : allX;
  const raw = points.map((p) => metric.values(p));
  return withSmoothed(
    xs.map((x, i) => ({ x, ...raw[i] }) as Row),
    metric,
    smoothing,
  );
}

/** Adds each line's smoothed value under `${key}~` to the rows (in place); returns them. */
export function withSmoothed(rows: Row[], metric: Pick<MetricDef, 'lines'>, smoothing: number): Row[] {
  for (const line of metric.lines) {
    const smooth = ema(
      rows.map((r) => r[line.key]),
      smoothing,
    );
    rows.forEach((r, i) => {
      r[`${line.key}~`] = smooth[i];
    });
  }
  return rows;
}

/** A round step (1, 2 or 5 times a power of ten) near `raw`. */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/**
 * [min, max] over every arm's rows of the given keys, widened to round numbers (padded when flat);
 * [0, 1] when there is no data.
 */
export function sharedDomain(rowsPerArm: Row[][], keys: string[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const rows of rowsPerArm)
    for (const r of rows)
      for (const k of keys) {
        const v = r[k];
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
  if (lo > hi) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / 4);
  const round = (v: number) => +v.toPrecision(12); // no 0.30000000000000004 on the axis
  return [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
}
