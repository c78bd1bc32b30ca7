/**
 * Long tasks of the main thread (PerformanceObserver 'longtask') and which of them fell while the run
 * was training. Pure: the observer itself is in probe.ts.
 */

/** Over this, a main-thread task is a long task (the browser reports only those). */
export const LONG_TASK_MS = 50;

export interface LongTask {
  /** performance.now() time base (ms since navigation start). */
  startMs: number;
  durationMs: number;
  /** The entry's name: 'self', 'same-origin-descendant', 'cross-origin-ancestor', 'unknown', ... */
  name: string;
  /** What the browser says about where the time went, when it says anything (long-animation-frame). */
  source?: string;
}

/** A span of time while the run was training; end null while it still trains. */
export interface Interval {
  start: number;
  end: number | null;
}

export interface LongTaskSummary {
  count: number;
  maxMs: number;
  tasks: LongTask[];
}

export function overlaps(t: LongTask, iv: Interval, now: number): boolean {
  return t.startMs < (iv.end ?? now) && t.startMs + t.durationMs > iv.start;
}

/** Long tasks over `thresholdMs` that overlap any of the intervals (those that froze the page while training). */
export function longTasksDuring(
  tasks: readonly LongTask[],
  intervals: readonly Interval[],
  now: number,
  thresholdMs = LONG_TASK_MS,
): LongTaskSummary {
  const during = tasks.filter(
    (t) => t.durationMs > thresholdMs && intervals.some((iv) => overlaps(t, iv, now)),
  );
  return { count: during.length, maxMs: Math.max(0, ...during.map((t) => t.durationMs)), tasks: during };
}
