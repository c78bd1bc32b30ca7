/**
 * Watches the page's own performance from the moment it starts: long tasks of the main thread
 * (PerformanceObserver 'longtask', buffered, and 'long-animation-frame' for attribution where the
 * browser has it) and the run store's timings. The figures go to usePerfStore (the panel) and to
 * window.__nftPerf, a read-only snapshot for Playwright and the browser bench.
 */
import { create } from 'zustand';
import { useRunStore } from '../run/runStore';
import type { LongTask } from './longTasks';
import { initialTiming, observeRun } from './runTiming';
import { describeFrame, type Frame, type PerfSnapshot, perfSnapshot } from './snapshot';

declare global {
  interface Window {
    readonly __nftPerf?: PerfSnapshot;
  }
}

const tasks: LongTask[] = [];
const frames: Frame[] = [];
let timing = initialTiming();
let started = false;

const current = () =>
  perfSnapshot(timing, tasks, frames, performance.now(), useRunStore.getState().init?.backend ?? null);

export const usePerfStore = create<PerfSnapshot>()(() => current());

const refresh = () => usePerfStore.setState(current(), true);

function observe(type: string, onEntry: (e: PerformanceEntry) => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes(type)) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) onEntry(e);
    refresh();
  }).observe({ type, buffered: true });
}

/** Starts watching (once per page; later calls do nothing). */
export function startPerfProbe(): void {
  if (started || typeof PerformanceObserver === 'undefined') return;
  started = true;
  observe('longtask', (e) => tasks.push({ startMs: e.startTime, durationMs: e.duration, name: e.name }));
  observe('long-animation-frame', (e) => {
    if (e.duration > 50)
      frames.push({ startMs: e.startTime, durationMs: e.duration, what: describeFrame(e) });
  });
  timing = observeRun(timing, useRunStore.getState(), performance.now());
  useRunStore.subscribe((s) => {
    timing = observeRun(timing, s, performance.now());
    refresh();
  });
  Object.defineProperty(window, '__nftPerf', { get: () => Object.freeze(current()), configurable: true });
  refresh();
}
