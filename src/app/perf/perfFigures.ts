/** The performance figures the panel shows and window.__nftPerf hands to tests and the browser bench. Pure. */
import { type Interval, type LongTask, longTasksDuring } from './longTasks';
import { iterationsPerSecond, type RunTiming, runningMs } from './runTiming';

/** A long animation frame (PerformanceObserver 'long-animation-frame'): where a long task's time went. */
export interface Frame {
  startMs: number;
  durationMs: number;
  /** e.g. "TimerHandler:setTimeout 48 ms (forced layout 3 ms); rendering 20 ms". */
  what: string;
}

export interface PerfSnapshot {
  /** Long tasks (over 50 ms) of the main thread while the run trained. */
  longTasks: number;
  longTaskMaxMs: number;
  /** Those long tasks, with what the browser says about each. */
  longTasksDuringTraining: LongTask[];
  /** Every long task since the page loaded, training or not (loading the page has some). */
  longTasksSinceLoad: number;
  /** ms from navigation start until every arm had its first plotted point. */
  firstPointMs: number | null;
  /** ms from navigation start until the first iteration of every arm was shown. */
  firstIterationMs: number | null;
  /** Iterations (each one of every arm) completed while training, over the wall time spent training. */
  iterations: number;
  /** The spans the run trained, on the page clock (performance.now()); the last one's end is null while it trains. */
  trainingSpans: Interval[];
  runningMs: number;
  itPerSec: number | null;
  /** How often the charts' data changed while training. */
  chartUpdates: number;
  chartUpdatesPerSec: number | null;
  minChartGapMs: number | null;
  phase: string;
  backend: string | null;
}

/** The frames a task overlaps, written out. */
function attribute(t: LongTask, frames: readonly Frame[]): LongTask {
  const what = frames
    .filter((f) => f.startMs < t.startMs + t.durationMs && f.startMs + f.durationMs > t.startMs)
    .map((f) => f.what);
  return what.length > 0 ? { ...t, source: what.join(' | ') } : t;
}

export function perfSnapshot(
  timing: RunTiming,
  tasks: readonly LongTask[],
  frames: readonly Frame[],
  now: number,
  backend: string | null,
): PerfSnapshot {
  const during = longTasksDuring(tasks, timing.running, now);
  const ms = runningMs(timing, now);
  return {
    longTasks: during.count,
    longTaskMaxMs: during.maxMs,
    longTasksDuringTraining: during.tasks.map((t) => attribute(t, frames)),
    longTasksSinceLoad: tasks.length,
    firstPointMs: timing.firstPointMs,
    firstIterationMs: timing.firstIterationMs,
    iterations: timing.iterations,
    trainingSpans: timing.running,
    runningMs: ms,
    itPerSec: iterationsPerSecond(timing, now),
    chartUpdates: timing.chartUpdates,
    chartUpdatesPerSec: ms > 0 ? (timing.chartUpdates / ms) * 1000 : null,
    minChartGapMs: timing.minChartGapMs,
    phase: timing.last?.phase ?? 'starting',
    backend,
  };
}

/** A long animation frame's scripts and rendering, in a few words. */
export function describeFrame(f: {
  duration: number;
  startTime: number;
  renderStart?: number;
  scripts?: ReadonlyArray<{
    invoker?: string;
    invokerType?: string;
    sourceFunctionName?: string;
    duration: number;
    forcedStyleAndLayoutDuration?: number;
  }>;
}): string {
  const parts = (f.scripts ?? [])
    .filter((s) => s.duration >= 5)
    .map((s) => {
      const layout = s.forcedStyleAndLayoutDuration
        ? ` (forced layout ${Math.round(s.forcedStyleAndLayoutDuration)} ms)`
        : '';
      const fn = s.sourceFunctionName ? ` ${s.sourceFunctionName}` : '';
      return `${s.invoker ?? s.invokerType ?? 'script'}${fn} ${Math.round(s.duration)} ms${layout}`;
    });
  if (f.renderStart && f.renderStart > 0)
    parts.push(`rendering ${Math.round(f.startTime + f.duration - f.renderStart)} ms`);
  return parts.length > 0 ? parts.join('; ') : `${Math.round(f.duration)} ms, no script over 5 ms`;
}
