/**
 * The engine's event stream on the page (owned by the RunController, controller.ts): events are
 * buffered and folded into the run store at most FLUSH_MS apart, so charts redraw a few times a second
 * however fast training goes; a status (the answer to Play, Pause, Step) is folded as soon as that
 * spacing allows: at once after a quiet spell, else FLUSH_MS after the last fold. Owns the run
 * ids (events of earlier runs are dropped) and the latest snapshot of the current run.
 */
import type { ExperimentSnapshot, RunEvent } from '../../worker/protocol';
import { applyEvents } from './history';
import { type RunProgress, useRunStore } from './runStore';

export const FLUSH_MS = 250;

/** The latest progress of run `runId` among `events`, cleared by a status that ends the unit (undefined: no news). */
function progressOf(events: readonly RunEvent[], runId: number): RunProgress | null | undefined {
  let out: RunProgress | null | undefined;
  for (const e of events) {
    if (e.runId !== runId) continue;
    if (e.type === 'progress') out = { arm: e.arm, iteration: e.iteration, progress: e.progress };
    else if (e.type === 'status' && (e.status === 'done' || e.status === 'idle')) out = null;
  }
  return out;
}

export class RunEvents {
  private nextRunId = 1;
  private buffer: RunEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the events were last folded (performance.now()); -Infinity before the first fold. */
  private lastFlush = Number.NEGATIVE_INFINITY;
  /** Clock for the spacing (tests give their own). */
  constructor(private readonly now: () => number = () => performance.now()) {}
  /** The latest snapshot of the current run (big typed arrays: kept here, not in the store). */
  private latest: { runId: number; snapshot: ExperimentSnapshot } | null = null;
  /** Told whenever `latest` changes (persistence saves it). */
  private readonly snapshotListeners = new Set<() => void>();

  private setLatest(value: RunEvents['latest']): void {
    this.latest = value;
    for (const f of this.snapshotListeners) f();
  }

  /**
   * A new run id: buffered events are dropped, and the latest snapshot becomes `snapshot` (the run goes
   * on from it) or none. The caller then puts the run in the store.
   */
  takeRunId(snapshot: ExperimentSnapshot | null): number {
    const runId = this.nextRunId++;
    this.buffer = [];
    this.setLatest(snapshot ? { runId, snapshot } : null);
    return runId;
  }

  /** The latest snapshot of the run the page shows, or null (none yet, or the run has no weights). */
  latestSnapshot(): ExperimentSnapshot | null {
    const latest = this.latest;
    return latest && latest.runId === useRunStore.getState().runId ? latest.snapshot : null;
  }

  /** Calls `f` after every change of the latest snapshot; returns the unsubscribe function. */
  onSnapshot(f: () => void): () => void {
    this.snapshotListeners.add(f);
    return () => this.snapshotListeners.delete(f);
  }

  /** Iterations completed in run `runId`'s latest snapshot (null: it has none). */
  resumableIteration(runId: number): number | null {
    const latest = this.latest;
    if (!latest || latest.runId !== runId) return null;
    return Math.min(...latest.snapshot.arms.map((a) => a.history.iterations.length));
  }

  /** Folds the buffered events into the run store now. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lastFlush = this.now();
    const events = this.buffer;
    this.buffer = [];
    useRunStore.setState((s) => {
      const progress = progressOf(events, s.runId);
      return {
        ...applyEvents(s, events),
        resumeFrom: this.resumableIteration(s.runId),
        ...(progress !== undefined ? { progress } : {}),
      };
    });
  }

  /** The worker's listener (the WorkerLink passes it on through a Comlink.proxy). */
  readonly onEvent = (e: RunEvent): void => {
    if (e.type === 'snapshot') {
      // Comes after the unit's other events (runner.ts): the store has, or is about to have, them all.
      if (e.runId === useRunStore.getState().runId) this.setLatest({ runId: e.runId, snapshot: e.snapshot });
      return;
    }
    this.buffer.push(e);
    // A status answers a control (Pause, Step, Play): shown with what came before it as soon as the
    // spacing allows (the page shows 'pausing' or 'stepping' at once meanwhile); other events wait for
    // the next fold. Either way no two folds come closer than FLUSH_MS.
    const wait = e.type === 'status' ? Math.max(0, this.lastFlush + FLUSH_MS - this.now()) : FLUSH_MS;
    if (e.type === 'status' && wait === 0) this.flush();
    else if (e.type === 'status') {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), wait);
    } else if (this.timer === null) this.timer = setTimeout(() => this.flush(), wait);
  };
}
