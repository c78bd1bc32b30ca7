/**
 * Timings of the run, folded from successive states of the run store: when every arm had its first
 * plotted point (the base evaluation), the spans spent training, the iterations completed in them and
 * how often the charts' data changed. Pure: probe.ts feeds it the store and performance.now().
 */
import type { RunRecord } from '../run/history';
import type { Interval } from './longTasks';

/** What the timing needs of the run store. */
export type RunView = Pick<RunRecord, 'runId' | 'phase' | 'completed' | 'arms'>;

export interface RunTiming {
  /** ms from navigation start to the first state in which every arm of a run had a point: once per page. */
  firstPointMs: number | null;
  /** ms from navigation start to the first completed iteration (of every arm): once per page. */
  firstIterationMs: number | null;
  /** Spans with the run training (phase 'running'); pauses fall between them. */
  running: Interval[];
  /** Iterations (of every arm) completed inside those spans. */
  iterations: number;
  /** Changes of the arms' histories (what the charts draw) while training, and the shortest gap between two. */
  chartUpdates: number;
  minChartGapMs: number | null;
  last: RunView | null;
  lastChartUpdateMs: number | null;
}

export const initialTiming = (): RunTiming => ({
  firstPointMs: null,
  firstIterationMs: null,
  running: [],
  iterations: 0,
  chartUpdates: 0,
  minChartGapMs: null,
  last: null,
  lastChartUpdateMs: null,
});

const allArmsPlotted = (r: RunView) => r.arms.length > 0 && r.arms.every((a) => a.evals.length > 0);

/** Folds one state of the run store, seen at `now` (ms since navigation start). */
export function observeRun(t: RunTiming, r: RunView, now: number): RunTiming {
  const prev = t.last;
  const sameRun = prev !== null && prev.runId === r.runId;
  const wasRunning = sameRun && prev.phase === 'running';
  const isRunning = r.phase === 'running';
  let running = t.running;
  const open = running.at(-1);
  if (open && open.end === null && !(isRunning && wasRunning))
    running = [...running.slice(0, -1), { start: open.start, end: now }];
  if (isRunning && !wasRunning) running = [...running, { start: now, end: null }];
  const gained = wasRunning ? Math.max(0, r.completed - prev.completed) : 0;
  const chartChanged = (wasRunning || isRunning) && sameRun && prev.arms !== r.arms;
  const gap = chartChanged && t.lastChartUpdateMs !== null ? now - t.lastChartUpdateMs : null;
  return {
    firstPointMs: t.firstPointMs ?? (allArmsPlotted(r) ? now : null),
    firstIterationMs: t.firstIterationMs ?? (r.completed > 0 ? now : null),
    running,
    iterations: t.iterations + gained,
    chartUpdates: t.chartUpdates + (chartChanged ? 1 : 0),
    minChartGapMs: gap === null ? t.minChartGapMs : Math.min(gap, t.minChartGapMs ?? gap),
    last: r,
    lastChartUpdateMs: chartChanged ? now : t.lastChartUpdateMs,
  };
}

/** Wall time spent training, up to `now` for a span still open. */
export function runningMs(t: RunTiming, now: number): number {
  return t.running.reduce((s, iv) => s + (iv.end ?? now) - iv.start, 0);
}

/** Iterations per second of training time (pauses excluded); null before any iteration. */
export function iterationsPerSecond(t: RunTiming, now: number): number | null {
  const ms = runningMs(t, now);
  return t.iterations > 0 && ms > 0 ? (t.iterations / ms) * 1000 : null;
}
