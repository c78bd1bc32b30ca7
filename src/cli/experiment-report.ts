/** The experiment's metrics.csv (the one writer's 'cli' profile), and the summary table over seeds. */
import type { ArmHistory } from '../engine/train/experiment';
import { writeMetricsCsv } from '../formats/metrics/csv';
import { pct, table } from './args';

export interface SeedRun {
  seed: number;
  seconds: number;
  arms: ArmHistory[];
}

/**
 * One row per (seed, arm, iteration): 22 columns (the iteration's metrics, then the evaluation that
 * followed it), then the error kinds and flipped marks (empty for SFT and the base row), then the drift.
 */
export function toCsv(runs: SeedRun[]): string {
  return writeMetricsCsv(runs, 'cli');
}

export function meanStd(xs: number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const v = xs.length > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, std: Math.sqrt(v) };
}

export interface ArmSummary {
  arm: string;
  greedy: { mean: number; std: number };
  sampled: { mean: number; std: number };
  passAtK: { mean: number; std: number };
  entropyChange: { mean: number; std: number };
  /** Per seed, the mean over iterations of the last update step's |log R| (NaN: not measured). */
  drift: { mean: number; std: number };
  base: number;
}

export function summarize(runs: SeedRun[]): ArmSummary[] {
  const names = runs[0]?.arms.map((a) => a.name) ?? [];
  return names.map((name) => {
    const arms = runs.map((r) => r.arms.find((a) => a.name === name)).filter((a) => a !== undefined);
    const last = arms.map((a) => a.evals[a.evals.length - 1].eval);
    const first = arms.map((a) => a.evals[0].eval);
    return {
      arm: name,
      greedy: meanStd(last.map((e) => e.greedy.accuracy)),
      sampled: meanStd(last.map((e) => e.sampled.accuracy)),
      passAtK: meanStd(last.map((e) => e.passAtK)),
      entropyChange: meanStd(last.map((e, i) => e.entropy - first[i].entropy)),
      drift: meanStd(arms.map((a) => meanStd(a.iterations.map((m) => m.absLogRatioLast ?? Number.NaN)).mean)),
      base: meanStd(first.map((e) => e.greedy.accuracy)).mean,
    };
  });
}

export function summaryTable(runs: SeedRun[]): string {
  const pm = (x: { mean: number; std: number }, f: (v: number) => string) => `${f(x.mean)} ± ${f(x.std)}`;
  const p = (v: number) => pct(v).replace('%', '');
  const e = (v: number) => v.toFixed(3);
  const rows = summarize(runs).map((s) => [
    s.arm,
    p(s.base),
    pm(s.greedy, p),
    pm(s.sampled, p),
    pm(s.passAtK, p),
    pm(s.entropyChange, e),
    pm(s.drift, e),
  ]);
  return table(
    [
      'method',
      'base greedy %',
      'final greedy %',
      'final sampled %',
      'pass@k %',
      'entropy change',
      'last-step |log R|',
    ],
    rows,
  );
}
