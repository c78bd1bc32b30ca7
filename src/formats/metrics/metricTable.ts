/**
 * THE metric table: every metric an arm records, once. For each field of an iteration's metrics
 * (engine/train/arm.ts IterationMetrics): its check in a session file (sessionFile/schema.ts) and its
 * columns in the metrics CSV (csv.ts, the one writer of the page's Export CSV and the CLI's metrics.csv);
 * for each evaluation value: its column; and, for those the page charts, their lines on which chart
 * (chartLines.ts's CHARTS; chartSeries.ts gathers them, app/charts/series.ts draws them). A field added to
 * IterationMetrics and not here fails the type check.
 */

import type { IterationMetrics } from '../../engine/train/arm';
import { ERROR_KINDS } from '../../engine/train/errorKinds';
import type { EvalPoint } from '../../engine/train/experiment';
import { BIG, type Check, int, num, type Optional, obj, optional } from '../sessionFile/check';
import { answerShare, type Charted, chartedAs, errorLines, line } from './chartLines';

export type Cell = string | number | undefined;

/** One CSV column: its header, its cell, and whether the CLI's metrics.csv has it (else the page's only). */
export interface Column<R> {
  name: string;
  cli: boolean;
  cell: (r: R) => Cell;
}

/** An evaluation's column, and its value's line on a chart if the page charts it. */
export interface EvalColumn extends Column<EvalPoint> {
  charted?: Charted<EvalPoint>;
}

export interface IterationMetricSpec<K extends keyof IterationMetrics> {
  check: Check<IterationMetrics[K]> | Optional<NonNullable<IterationMetrics[K]>>;
  /** Its CSV columns; none for the row's own key (iteration). */
  columns: Column<IterationMetrics>[];
  /** Its columns come after the evaluation's (they were added later; the files keep their order). */
  late?: boolean;
  /**
   * Its lines on a chart, if the page charts it. A chart fed by an optional metric leaves out the points
   * that lack it.
   */
  charted?: Charted<IterationMetrics>;
}

const count = int(0, BIG);
/** A metric that may have diverged (written as null). */
const metric = num({ min: -BIG, max: BIG, nullAsNaN: true });
const milliseconds = num({ min: 0, max: BIG });

const column = <R>(name: string, cell: (r: R) => Cell, cli = true): Column<R> => ({ name, cli, cell });
/** Milliseconds to 0.1 ms. */
const ms = (v: number): Cell => (Number.isFinite(v) ? v.toFixed(1) : v);

const errorCounts = obj(
  Object.fromEntries(ERROR_KINDS.map((k) => [k, count])) as Record<
    (typeof ERROR_KINDS)[number],
    Check<number>
  >,
);

/** The metrics of one iteration, in the CSV's column order. */
export const ITERATION_METRICS: { readonly [K in keyof IterationMetrics]-?: IterationMetricSpec<K> } = {
  iteration: { check: int(0, BIG), columns: [] },
  steps: { check: count, columns: [column('steps', (m) => m.steps)] },
  loss: {
    check: metric,
    columns: [column('loss', (m) => m.loss)],
    charted: chartedAs('loss', 'loss', 'loss', (m) => m.loss),
  },
  gradNorm: { check: metric, columns: [column('grad_norm', (m) => m.gradNorm)] },
  entropy: {
    check: metric,
    columns: [column('rollout_entropy', (m) => m.entropy)],
    charted: chartedAs('entropy', 'entropy', 'entropy', (m) => m.entropy),
  },
  right: {
    check: count,
    columns: [column('right', (m) => m.right)],
    charted: chartedAs('answers', 'right', 'right', (m) => answerShare(m, m.right)),
  },
  wrong: {
    check: count,
    columns: [column('wrong', (m) => m.wrong)],
    charted: chartedAs('answers', 'wrong', 'wrong', (m) => answerShare(m, m.wrong)),
  },
  keptQuestions: { check: count, columns: [column('kept_questions', (m) => m.keptQuestions)] },
  drawn: { check: count, columns: [column('drawn', (m) => m.drawn)] },
  droppedAllRight: { check: count, columns: [column('dropped_all_right', (m) => m.droppedAllRight)] },
  droppedAllWrong: { check: count, columns: [column('dropped_all_wrong', (m) => m.droppedAllWrong)] },
  sampleMs: { check: milliseconds, columns: [column('sample_ms', (m) => ms(m.sampleMs))] },
  updateMs: { check: milliseconds, columns: [column('update_ms', (m) => ms(m.updateMs))] },
  // The first sampling round's answers per verifier error kind (engine/train/errorKinds.ts); absent for
  // SFT, which samples nothing.
  errors: {
    check: optional(errorCounts),
    columns: ERROR_KINDS.map((k) => column(`error_${k}`, (m) => m.errors?.[k])),
    late: true,
    charted: {
      chart: 'errors',
      lines: errorLines(),
    },
  },
  // The marks a labeler flipped, written where the error kinds are.
  flipped: {
    check: optional(count),
    columns: [column('flipped_marks', (m) => (m.errors ? m.flipped : undefined))],
    late: true,
  },
  // How far off policy the update ran (engine/train/arm.ts): mean |log R| over the mu steps, and at the last.
  // Both are charted with the last (the two are set together), the last step's line first.
  absLogRatio: {
    check: optional(metric),
    columns: [column('abs_log_ratio', (m) => m.absLogRatio)],
    late: true,
  },
  absLogRatioLast: {
    check: optional(metric),
    columns: [column('abs_log_ratio_last', (m) => m.absLogRatioLast)],
    late: true,
    charted: {
      chart: 'drift',
      lines: [
        line('last', 'last step', (m) => m.absLogRatioLast ?? 0),
        line('mean', 'mean over the steps', (m) => m.absLogRatio ?? 0),
      ],
    },
  },
};

/** The evaluation's columns, in order (the last four only in the page's file). */
export const EVAL_COLUMNS: readonly EvalColumn[] = [
  {
    ...column('eval_greedy', (p) => p.eval.greedy.accuracy),
    charted: chartedAs('accuracy', 'greedy', 'greedy', (p) => p.eval.greedy.accuracy),
  },
  {
    ...column('eval_sampled', (p) => p.eval.sampled.accuracy),
    charted: chartedAs('accuracy', 'sampled', 'sampled', (p) => p.eval.sampled.accuracy),
  },
  column('eval_pass_at_k', (p) => p.eval.passAtK),
  column('eval_entropy', (p) => p.eval.entropy),
  column('answers_seen', (p) => p.answersSeen),
  column('compute_s', (p) => p.computeSeconds),
  column('eval_k', (p) => p.eval.k, false),
  column('eval_all_right', (p) => p.eval.sampled.allRight, false),
  column('eval_all_wrong', (p) => p.eval.sampled.allWrong, false),
  column('eval_mixed', (p) => p.eval.sampled.mixed, false),
];

const specs = Object.values(ITERATION_METRICS) as IterationMetricSpec<keyof IterationMetrics>[];
export const EARLY_ITERATION_COLUMNS = specs.filter((s) => !s.late).flatMap((s) => s.columns);
export const LATE_ITERATION_COLUMNS = specs.filter((s) => s.late).flatMap((s) => s.columns);

/** The columns of the error kinds and the flipped marks: error_none (right), ..., flipped_marks. */
export const ERROR_COLUMNS: readonly string[] = [
  ...ITERATION_METRICS.errors.columns,
  ...ITERATION_METRICS.flipped.columns,
].map((c) => c.name);

/** The session file's check of an iteration's metrics, from the table. */
export const iterationMetricsCheck: Check<IterationMetrics> = obj(
  Object.fromEntries(Object.entries(ITERATION_METRICS).map(([k, s]) => [k, s.check])) as {
    [K in keyof IterationMetrics]-?: IterationMetricSpec<K>['check'];
  },
) as Check<IterationMetrics>;
