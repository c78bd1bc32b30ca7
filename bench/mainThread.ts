/**
 * Tells the page's own long tasks from the machine's: a Chromium trace (categories 'toplevel' and
 * 'blink.user_timing') holds every task of the page's main thread with its wall time (dur) and the CPU
 * time the thread really ran (tdur). A long task (over 50 ms of wall time) whose thread ran for less
 * than 50 ms was mostly waiting for a core: the machine was overloaded, the page's work was short.
 * Pure: e2e/perf.spec.ts and bench/browser.ts read the trace and pass its events.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { startTime?: number } };
}

/** A top-level task of the page's main thread, on the page's clock (ms since navigation start). */
export interface MainTask {
  startMs: number;
  wallMs: number;
  cpuMs: number;
}

export interface LongTaskVerdict {
  startMs: number;
  wallMs: number;
  /** CPU time of the trace's task that matches it; null when the trace has none. */
  cpuMs: number | null;
  /** Waited for a core: the page's own work in it took no more than the limit. */
  starved: boolean;
}

const RUN_TASK = 'ThreadControllerImpl::RunTask';

/**
 * The main thread's top-level tasks, found through a performance.mark() the page made: its thread is
 * the main thread, and its startTime against its trace time gives the clock offset.
 */
export function mainThreadTasks(events: readonly TraceEvent[], markName: string): MainTask[] {
  const mark = events.find((e) => e.name === markName && e.args?.data?.startTime !== undefined);
  if (!mark) throw new Error(`no performance.mark('${markName}') in the trace (category blink.user_timing)`);
  const offsetMs = mark.ts / 1000 - (mark.args?.data?.startTime ?? 0);
  const tasks = events
    .filter((e) => e.name === RUN_TASK && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid)
    .sort((a, b) => a.ts - b.ts);
  const out: MainTask[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the previous one
    end = e.ts + (e.dur ?? 0);
    out.push({ startMs: e.ts / 1000 - offsetMs, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 });
  }
  return out;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** For each long task the page observed, the trace's task that overlaps it most, and whether it was starved. */
export function judgeLongTasks(
  longTasks: ReadonlyArray<{ startMs: number; durationMs: number }>,
  tasks: readonly MainTask[],
  limitMs = 50,
): LongTaskVerdict[] {
  return longTasks.map((t) => {
    let best: MainTask | null = null;
    let most = 0;
    for (const m of tasks) {
      const o = overlap(t.startMs, t.startMs + t.durationMs, m.startMs, m.startMs + m.wallMs);
      if (o > most) {
        most = o;
        best = m;
      }
    }
    const cpuMs = best ? best.cpuMs : null;
    return { startMs: t.startMs, wallMs: t.durationMs, cpuMs, starved: cpuMs !== null && cpuMs <= limitMs };
  });
}

/** The main thread's busiest task (CPU time) between two times of the page's clock. */
export function maxCpuTask(tasks: readonly MainTask[], fromMs: number, toMs: number): MainTask | null {
  let best: MainTask | null = null;
  for (const t of tasks)
    if (t.startMs + t.wallMs > fromMs && t.startMs < toMs && (!best || t.cpuMs > best.cpuMs)) best = t;
  return best;
}
