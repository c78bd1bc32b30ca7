/**
 * Watches the page's own performance from the moment it starts: long tasks of the main thread
 * (PerformanceObserver 'longtask', buffered, and 'long-animation-frame' for attribution where the
 * browser has it) and the run store's timings. The figures go to usePerfStore (the panel) and to
 * window.__nftPerf, a read-only snapshot for Playwright and the browser bench.
 */
import { create } from 'zustand';
import { useRunStore } from '../run/runStore';
import type { LongTask } from './longTasks';
import { describeFrame, type Frame, type PerfSnapshot, perfSnapshot } from './perfFigures';
import { initialTiming, observeRun, type RunTiming } from './runTiming';

declare global {
  interface Window {
    readonly __nftPerf?: PerfSnapshot;
  }
}

/** The page's performance watch: one per page (`perfProbe`), started once. */
class PerfProbe {
  private readonly tasks: LongTask[] = [];
  private readonly frames: Frame[] = [];
  private timing: RunTiming = initialTiming();
  private started = false;

  snapshot(): PerfSnapshot {
    const backend = useRunStore.getState().init?.backend ?? null;
    return perfSnapshot(this.timing, this.tasks, this.frames, performance.now(), backend);
  }

  private refresh(): void {
    usePerfStore.setState(this.snapshot(), true);
  }

  private observe(type: string, onEntry: (e: PerformanceEntry) => void): void {
    if (!PerformanceObserver.supportedEntryTypes?.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) onEntry(e);
      this.refresh();
    }).observe({ type, buffered: true });
  }

  /** Starts watching (once; later calls do nothing). */
  start(): void {
    if (this.started || typeof PerformanceObserver === 'undefined') return;
    this.started = true;
    this.observe('longtask', (e) =>
      this.tasks.push({ startMs: e.startTime, durationMs: e.duration, name: e.name }),
    );
    this.observe('long-animation-frame', (e) => {
      if (e.duration > 50)
        this.frames.push({ startMs: e.startTime, durationMs: e.duration, what: describeFrame(e) });
    });
    this.timing = observeRun(this.timing, useRunStore.getState(), performance.now());
    useRunStore.subscribe((s) => {
      this.timing = observeRun(this.timing, s, performance.now());
      this.refresh();
    });
    Object.defineProperty(window, '__nftPerf', {
      get: () => Object.freeze(this.snapshot()),
      configurable: true,
    });
    this.refresh();
  }
}

const perfProbe = new PerfProbe();

export const usePerfStore = create<PerfSnapshot>()(() => perfProbe.snapshot());

/** Starts watching (once per page; later calls do nothing). */
export function startPerfProbe(): void {
  perfProbe.start();
}
