/**
 * The run's metrics as CSV: one row per arm and iteration (RFC 4180: quoted where needed, CRLF).
 *
 * The first 22 columns are those of the CLI's metrics.csv (src/cli/experiment-report.ts), in its
 * order, so one script reads both; its code is not reused because it neither quotes nor writes the
 * per-level accuracies. As there, row `iteration` N holds the metrics of the N-th iteration and the
 * evaluation taken after it; row 0 is the base model's evaluation, before any training. After the
 * evaluation columns come the first sampling round's answers per verifier error kind and the marks a
 * labeler flipped (src/engine/train/errorKinds.ts; empty for SFT, which samples nothing), and how far
 * off policy the update ran (abs_log_ratio, abs_log_ratio_last: engine/train/arm.ts), as the CLI writes
 * them after its own columns; the per-level accuracies come last.
 */
import { DRIFT_COLUMNS, driftCells } from '../../engine/train/drift';
import { ERROR_COLUMNS, ERROR_KINDS } from '../../engine/train/errorKinds';
import type { Settings } from '../../formats/settings/table';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import type { ArmSeries, RunRecord } from '../run/history';

const ITERATION_COLUMNS = [
  'steps',
  'loss',
  'grad_norm',
  'rollout_entropy',
  'right',
  'wrong',
  'kept_questions',
  'drawn',
  'dropped_all_right',
  'dropped_all_wrong',
  'sample_ms',
  'update_ms',
] as const;

const EVAL_COLUMNS = [
  'eval_greedy',
  'eval_sampled',
  'eval_pass_at_k',
  'eval_entropy',
  'answers_seen',
  'compute_s',
  'eval_k',
  'eval_all_right',
  'eval_all_wrong',
  'eval_mixed',
] as const;

export { ERROR_COLUMNS };

type Cell = string | number | undefined;

/** One field: numbers as JavaScript writes them, quoted (with doubled quotes) when it holds , " CR or LF. */
export function csvCell(v: Cell): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** Milliseconds to 0.1 ms, as the CLI writes them. */
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : v);

function iterationCells(m: IterationMetrics | undefined): Cell[] {
  if (!m) return ITERATION_COLUMNS.map(() => undefined);
  return [
    m.steps,
    m.loss,
    m.gradNorm,
    m.entropy,
    m.right,
    m.wrong,
    m.keptQuestions,
    m.drawn,
    m.droppedAllRight,
    m.droppedAllWrong,
    ms(m.sampleMs),
    ms(m.updateMs),
  ];
}

function errorCells(m: IterationMetrics | undefined): Cell[] {
  return [...ERROR_KINDS.map((k) => m?.errors?.[k]), m?.errors ? m.flipped : undefined];
}

function evalCells(p: EvalPoint | undefined): Cell[] {
  if (!p) return EVAL_COLUMNS.map(() => undefined);
  const e = p.eval;
  return [
    e.greedy.accuracy,
    e.sampled.accuracy,
    e.passAtK,
    e.entropy,
    p.answersSeen,
    p.computeSeconds,
    e.k,
    e.sampled.allRight,
    e.sampled.allWrong,
    e.sampled.mixed,
  ];
}

function levelCells(p: EvalPoint | undefined, levels: readonly string[]): Cell[] {
  return [
    ...levels.map((l) => p?.eval.greedy.perLevel[l]?.accuracy),
    ...levels.map((l) => p?.eval.sampled.perLevel[l]?.accuracy),
  ];
}

/** Every level any evaluation scored, in the order they first appear (the task mix's order). */
function evalLevels(arms: readonly ArmSeries[]): string[] {
  const levels = new Set<string>();
  for (const a of arms)
    for (const p of a.evals)
      for (const l of [...Object.keys(p.eval.greedy.perLevel), ...Object.keys(p.eval.sampled.perLevel)])
        levels.add(l);
  return [...levels];
}

export function csvColumns(levels: readonly string[]): string[] {
  return [
    'seed',
    'arm',
    'method',
    'iteration',
    ...ITERATION_COLUMNS,
    ...EVAL_COLUMNS,
    ...ERROR_COLUMNS,
    ...DRIFT_COLUMNS,
    ...levels.map((l) => `eval_greedy_${l}`),
    ...levels.map((l) => `eval_sampled_${l}`),
  ];
}

/**
 * Header, then per arm one row for every iteration that has metrics or an evaluation (ascending).
 * `settings` fills the seed column (left empty without it).
 */
export function metricsCsv(run: Pick<RunRecord, 'arms'>, settings?: Pick<Settings, 'seed'>): string {
  const levels = evalLevels(run.arms);
  const lines = [csvLine(csvColumns(levels))];
  for (const arm of run.arms) {
    const metricsAt = new Map(arm.iterations.map((m) => [m.iteration + 1, m]));
    const evalAt = new Map(arm.evals.map((p) => [p.iteration, p]));
    const rows = [...new Set([...metricsAt.keys(), ...evalAt.keys()])].sort((a, b) => a - b);
    for (const n of rows)
      lines.push(
        csvLine([
          settings?.seed,
          arm.name,
          arm.method,
          n,
          ...iterationCells(metricsAt.get(n)),
          ...evalCells(evalAt.get(n)),
          ...errorCells(metricsAt.get(n)),
          ...driftCells(metricsAt.get(n)),
          ...levelCells(evalAt.get(n), levels),
        ]),
      );
  }
  return `${lines.join('\r\n')}\r\n`;
}
