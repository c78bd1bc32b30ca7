/**
 * How long the page took to answer each key press and click, from the Event Timing API's entries
 * (PerformanceObserver type 'event', durationThreshold 16): an interaction's duration is that of its
 * longest event (keydown/keyup, pointerdown/up/click share one interactionId), from the input to the
 * next paint after its handlers. Interactions that took under the threshold leave no entry; `performed`
 * counts them in (as 0 ms) so the 95th percentile is over every interaction the test made.
 *
 * On a machine with more runnable threads than cores, that wall time is mostly waiting for a core; a
 * Chromium trace's main-thread tasks (mainThread.ts) give the CPU time the page's main thread really
 * ran inside each interaction's window: its own share of the wait. Pure.
 */
import type { MainTask } from './mainThread';

export interface EventEntry {
  name: string;
  interactionId: number;
  duration: number;
  startTime: number;
}

export interface Percentiles {
  p95: number;
  max: number;
}

export interface InteractionStats {
  /** Interactions counted (performed, or more if the page saw more). */
  n: number;
  /** Those the API reported (16 ms or more). */
  reported: number;
  /** Event Timing durations (wall time). */
  wall: Percentiles;
  /** The main thread's CPU time inside each interaction's window (needs the trace's tasks). */
  cpu: Percentiles;
  /** The slowest interaction (wall time). */
  slowest: (EventEntry & { cpuMs: number }) | null;
}

/** 95th percentile (nearest rank) and max of `values`, padded with zeros to `n` values. */
function percentiles(values: number[], n: number): Percentiles {
  const all = [...values, ...Array<number>(Math.max(0, n - values.length)).fill(0)].sort((a, b) => a - b);
  return {
    p95: all.length > 0 ? all[Math.max(0, Math.ceil(0.95 * all.length) - 1)] : 0,
    max: all.at(-1) ?? 0,
  };
}

/** CPU the main thread ran between `from` and `to` (ms, page clock): each task's CPU by its overlap. */
export function cpuWithin(tasks: readonly MainTask[], from: number, to: number): number {
  let cpu = 0;
  for (const t of tasks) {
    const o = Math.min(to, t.startMs + t.wallMs) - Math.max(from, t.startMs);
    if (o > 0 && t.wallMs > 0) cpu += t.cpuMs * (o / t.wallMs);
  }
  return cpu;
}

export function interactionStats(
  entries: readonly EventEntry[],
  performed: number,
  tasks: readonly MainTask[] = [],
): InteractionStats {
  const byId = new Map<number, EventEntry>();
  for (const e of entries) {
    if (!(e.interactionId > 0)) continue;
    const old = byId.get(e.interactionId);
    if (!old || e.duration > old.duration) byId.set(e.interactionId, e);
  }
  const reported = [...byId.values()].map((e) => ({
    ...e,
    cpuMs: cpuWithin(tasks, e.startTime, e.startTime + e.duration),
  }));
  const n = Math.max(performed, reported.length);
  const slowest = reported.reduce<(typeof reported)[number] | null>(
    (a, e) => (!a || e.duration > a.duration ? e : a),
    null,
  );
  return {
    n,
    reported: reported.length,
    wall: percentiles(
      reported.map((e) => e.duration),
      n,
    ),
    cpu: percentiles(
      reported.map((e) => e.cpuMs),
      n,
    ),
    slowest,
  };
}
