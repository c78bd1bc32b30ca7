/**
 * The page's charts and the pieces the metric table (metricTable.ts) declares its chart lines with: a
 * metric there that the page charts names its chart and its lines (key, label, value).
 */
import type { ErrorKind } from '../../engine/tasks/verify';
import type { IterationMetrics } from '../../engine/train/arm';

/**
 * The page's charts, in order: each one's title (English; the page translates it) and whether its values
 * are shares (drawn on 0 to 1). Their lines come from the metrics of the table that name them.
 */
export const CHARTS = {
  accuracy: { title: 'held-out accuracy', share: true },
  loss: { title: 'loss' },
  entropy: { title: 'mean token entropy (nats)' },
  answers: { title: 'share of right / wrong answers per rollout', share: true },
  errors: {
    title: 'share of each kind of error per rollout (by the verifier, whatever the marks)',
    share: true,
  },
  drift: { title: 'how far off policy each update ran (mean |log R| over the answer tokens)' },
} as const satisfies Record<string, { title: string; share?: boolean }>;
export type ChartId = keyof typeof CHARTS;

/** A line on a chart: its key in the chart's rows, its label (English) and its value in a record. */
export interface ChartLine<R> {
  key: string;
  label: string;
  value: (r: R) => number;
}
/** The lines a metric draws, and on which chart. */
export interface Charted<R> {
  chart: ChartId;
  lines: ChartLine<R>[];
}

/** A line on a chart. */
export const line = <R>(key: string, label: string, value: (r: R) => number): ChartLine<R> => ({
  key,
  label,
  value,
});
/** A metric's one line on a chart. */
export const chartedAs = <R>(
  chart: ChartId,
  key: string,
  label: string,
  value: (r: R) => number,
): Charted<R> => ({
  chart,
  lines: [line(key, label, value)],
});

/** Share of the first round's answers: right or wrong (by the marks training used). */
export const answerShare = (m: IterationMetrics, x: number) =>
  m.right + m.wrong > 0 ? x / (m.right + m.wrong) : 0;

/** The error kinds' lines on the errors chart, in their order there ('none' is a right answer). */
const ERROR_LINES = {
  none: { key: 'right', label: 'right' },
  wrong_final: { key: 'wrong_final', label: 'wrong final result' },
  wrong_step: { key: 'wrong_step', label: 'wrong step' },
  truncated: { key: 'truncated', label: 'truncated' },
  unparsable: { key: 'unparsable', label: 'unparsable' },
} satisfies Record<ErrorKind, { key: string; label: string }>;

/** Share of an error kind among the first round's answers. */
function errorShare(m: IterationMetrics, kind: ErrorKind): number {
  const e = m.errors;
  const n = e ? Object.values(e).reduce((a, x) => a + x, 0) : 0;
  return n > 0 ? (e?.[kind] ?? 0) / n : 0;
}

/** The error kinds' lines on the errors chart: each kind's share of the first round's answers. */
export const errorLines = (): ChartLine<IterationMetrics>[] =>
  Object.entries(ERROR_LINES).map(([kind, l]) =>
    line(l.key, l.label, (m) => errorShare(m, kind as ErrorKind)),
  );
