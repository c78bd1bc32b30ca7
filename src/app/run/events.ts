/**
 * The engine's event stream on the page: events are buffered and folded into the run store at most
 * FLUSH_MS apart, so charts redraw a few times a second however fast training goes. Owns the run ids
 * (events of earlier runs are dropped) and the latest snapshot of the current run.
 */
import type { ExperimentSnapshot, RunEvent } from '../../worker/protocol';
import { applyEvents } from './history';
import { type RunProgress, useRunStore } from './runStore';

export const FLUSH_MS = 250;

let nextRunId = 1;
let buffer: RunEvent[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
/** The latest snapshot of the current run (big typed arrays: kept here, not in the store). */
let latest: { runId: number; snapshot: ExperimentSnapshot } | null = null;
/** Told whenever `latest` changes (persistence saves it). */
const snapshotListeners = new Set<() => void>();

function setLatest(value: typeof latest): void {
  latest = value;
  for (const f of snapshotListeners) f();
}

/**
 * A new run id: buffered events are dropped, and the latest snapshot becomes `snapshot` (the run goes on
 * from it) or none. The caller then puts the run in the store.
 */
export function takeRunId(snapshot: ExperimentSnapshot | null): number {
  const runId = nextRunId++;
  buffer = [];
  setLatest(snapshot ? { runId, snapshot } : null);
  return runId;
}

/** The latest snapshot of the run the page shows, or null (none yet, or the run has no weights). */
export function latestSnapshot(): ExperimentSnapshot | null {
  return latest && latest.runId === useRunStore.getState().runId ? latest.snapshot : null;
}

/** Calls `f` after every change of the latest snapshot; returns the unsubscribe function. */
export function onSnapshot(f: () => void): () => void {
  snapshotListeners.add(f);
  return () => snapshotListeners.delete(f);
}

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

/** Folds the buffered events into the run store now. */
export function flush(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const events = buffer;
  buffer = [];
  useRunStore.setState((s) => {
    const progress = progressOf(events, s.runId);
    return {
      ...applyEvents(s, events),
      resumeFrom: resumableIteration(s.runId),
      ...(progress !== undefined ? { progress } : {}),
    };
  });
}

/** Iterations completed in run `runId`'s latest snapshot (null: it has none). */
export function resumableIteration(runId: number): number | null {
  if (!latest || latest.runId !== runId) return null;
  return Math.min(...latest.snapshot.arms.map((a) => a.history.iterations.length));
}

/** The worker's listener (engineLink.ts passes it on). */
export function onEvent(e: RunEvent): void {
  if (e.type === 'snapshot') {
    // Comes after the unit's other events (runner.ts): the store has, or is about to have, them all.
    if (e.runId === useRunStore.getState().runId) setLatest({ runId: e.runId, snapshot: e.snapshot });
    return;
  }
  buffer.push(e);
  // A status answers a control (Pause, Step, Play): shown at once, with what came before it.
  if (e.type === 'status') flush();
  else if (timer === null) timer = setTimeout(flush, FLUSH_MS);
}
