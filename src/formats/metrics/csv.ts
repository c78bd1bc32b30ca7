/**
 * THE metrics CSV writer, for the page's Export CSV (app/export/pageCsv.ts) and the CLI's metrics.csv
 * (cli/experiment-report.ts): one row per arm and iteration, its columns from the metric table
 * (metricTable.ts). Row `iteration` N holds the metrics of the N-th iteration and the evaluation taken after
 * it; row 0 is the base model's evaluation, before any training. Fields are quoted where needed (RFC
 * 4180), and a text cell that a spreadsheet would run as a formula is neutralised (OWASP, "CSV
 * Injection"): it gets a leading single quote.
 *
 * Two profiles: 'page' (CRLF; every column, the per-level accuracies last) and 'cli' (LF; the CLI's 22
 * columns, then the error kinds, the flipped marks and the drift), so each file keeps the layout its
 * readers know, from one code path.
 */
import type { IterationMetrics } from '../../engine/train/arm';
import type { EvalPoint } from '../../engine/train/experiment';
import {
  type Cell,
  type Column,
  EARLY_ITERATION_COLUMNS,
  EVAL_COLUMNS,
  LATE_ITERATION_COLUMNS,
} from './metricTable';

/** What the writer needs of an arm's history (the page's ArmSeries and the engine's ArmHistory fit it). */
export interface ArmMetrics {
  name: string;
  method: string;
  iterations: readonly IterationMetrics[];
  evals: readonly EvalPoint[];
}

/** One run's arms, and its seed (empty in the file when unknown). */
export interface SeedArms {
  seed?: number;
  arms: readonly ArmMetrics[];
}

export type CsvProfile = 'page' | 'cli';

/** A cell a spreadsheet reads as a formula: = + - @, tab or CR first (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number written as text (-0.5, 1e-3): a spreadsheet reads it as that number, nothing more. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * One field: numbers as JavaScript writes them; text that would start a formula gets a leading single
 * quote (plain numbers excepted); then quoted (with doubled quotes) when it holds , " CR or LF.
 */
export function csvCell(v: Cell): string {
  let s = v === undefined ? '' : String(v);
  if (typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

interface Row {
  seed?: number;
  arm: ArmMetrics;
  n: number;
  m?: IterationMetrics;
  p?: EvalPoint;
}

const KEY_COLUMNS: Column<Row>[] = [
  { name: 'seed', cli: true, cell: (r) => r.seed },
  { name: 'arm', cli: true, cell: (r) => r.arm.name },
  { name: 'method', cli: true, cell: (r) => r.arm.method },
  { name: 'iteration', cli: true, cell: (r) => r.n },
];

const fromIteration = (c: Column<IterationMetrics>): Column<Row> => ({
  ...c,
  cell: (r) => (r.m ? c.cell(r.m) : undefined),
});
const fromEval = (c: Column<EvalPoint>): Column<Row> => ({
  ...c,
  cell: (r) => (r.p ? c.cell(r.p) : undefined),
});

function levelColumns(levels: readonly string[]): Column<Row>[] {
  return [
    ...levels.map((l) => ({
      name: `eval_greedy_${l}`,
      cli: false,
      cell: (r: Row) => r.p?.eval.greedy.perLevel[l]?.accuracy,
    })),
    ...levels.map((l) => ({
      name: `eval_sampled_${l}`,
      cli: false,
      cell: (r: Row) => r.p?.eval.sampled.perLevel[l]?.accuracy,
    })),
  ];
}

function columns(profile: CsvProfile, levels: readonly string[]): Column<Row>[] {
  const all = [
    ...KEY_COLUMNS,
    ...EARLY_ITERATION_COLUMNS.map(fromIteration),
    ...EVAL_COLUMNS.map(fromEval),
    ...LATE_ITERATION_COLUMNS.map(fromIteration),
    ...levelColumns(levels),
  ];
  return profile === 'cli' ? all.filter((c) => c.cli) : all;
}

/** The header of a file with these per-level accuracies. */
export function csvColumns(levels: readonly string[], profile: CsvProfile = 'page'): string[] {
  return columns(profile, levels).map((c) => c.name);
}

/** Every level any evaluation scored, in the order they first appear (the task mix's order). */
function evalLevels(runs: readonly SeedArms[]): string[] {
  const levels = new Set<string>();
  for (const run of runs)
    for (const a of run.arms)
      for (const p of a.evals)
        for (const l of [...Object.keys(p.eval.greedy.perLevel), ...Object.keys(p.eval.sampled.perLevel)])
          levels.add(l);
  return [...levels];
}

/** An arm's rows: every iteration that has metrics or an evaluation, ascending. */
function armRows(seed: number | undefined, arm: ArmMetrics): Row[] {
  const metricsAt = new Map(arm.iterations.map((m) => [m.iteration + 1, m]));
  const evalAt = new Map(arm.evals.map((p) => [p.iteration, p]));
  const ns = [...new Set([...metricsAt.keys(), ...evalAt.keys()])].sort((a, b) => a - b);
  return ns.map((n) => ({ seed, arm, n, m: metricsAt.get(n), p: evalAt.get(n) }));
}

/** Header, then per run and arm one row per iteration; the file ends with a line break. */
export function writeMetricsCsv(runs: readonly SeedArms[], profile: CsvProfile = 'page'): string {
  const cols = columns(profile, profile === 'page' ? evalLevels(runs) : []);
  const lines = [csvLine(cols.map((c) => c.name))];
  for (const run of runs)
    for (const arm of run.arms)
      for (const row of armRows(run.seed, arm)) lines.push(csvLine(cols.map((c) => c.cell(row))));
  const eol = profile === 'page' ? '\r\n' : '\n';
  return `${lines.join(eol)}${eol}`;
}
