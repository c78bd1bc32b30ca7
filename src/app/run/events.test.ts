import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunEvent } from '../../worker/protocol';
import { FLUSH_MS, RunEvents } from './events';
import { emptyRun } from './history';
import { useRunStore } from './runStore';

/** The times (fake clock) at which the events were folded into the run store. */
function foldTimes(): number[] {
  const times: number[] = [];
  useRunStore.subscribe(() => times.push(Date.now()));
  return times;
}

describe('RunEvents: folds into the run store', () => {
  let events: RunEvents;
  let runId: number;
  const status = (s: 'running' | 'paused' | 'done'): RunEvent => ({
    runId,
    type: 'status',
    status: s,
    completed: 0,
  });
  const progress = (): RunEvent => ({
    runId,
    type: 'progress',
    arm: 'nft',
    iteration: 1,
    progress: { phase: 'sampling', round: 1, maxRounds: 4 },
  });

  beforeEach(() => {
    vi.useFakeTimers({ now: 10_000 });
    events = new RunEvents(() => Date.now());
    runId = events.takeRunId(null);
    useRunStore.setState({ ...emptyRun(runId, 'idle'), resumeFrom: null });
  });
  afterEach(() => vi.useRealTimers());

  it('folds a status at once after a quiet spell (a control answered without waiting)', () => {
    const times = foldTimes();
    events.onEvent(status('running'));
    expect(times).toEqual([10_000]);
    expect(useRunStore.getState().phase).toBe('running');
  });

  it('never folds twice within FLUSH_MS: a status right after a fold waits for the spacing, then shows', () => {
    const times = foldTimes();
    events.onEvent(status('running')); // folds at 10,000
    vi.advanceTimersByTime(60);
    events.onEvent(status('paused')); // 60 ms later: waits until 10,250
    expect(useRunStore.getState().phase).toBe('running');
    vi.advanceTimersByTime(FLUSH_MS - 60 - 1);
    expect(useRunStore.getState().phase).toBe('running');
    vi.advanceTimersByTime(1);
    expect(useRunStore.getState().phase).toBe('paused');
    expect(times).toEqual([10_000, 10_000 + FLUSH_MS]);
  });

  it('other events wait for the next fold; a status then brings the fold forward, never closer than FLUSH_MS', () => {
    const times = foldTimes();
    events.onEvent(status('running')); // folds at 10,000
    vi.advanceTimersByTime(200);
    events.onEvent(progress()); // buffered: its timer would fold at 10,450
    vi.advanceTimersByTime(20);
    events.onEvent(status('paused')); // 220 ms after the fold: folds at 10,250, with the event before it
    vi.advanceTimersByTime(1000);
    expect(times).toEqual([10_000, 10_000 + FLUSH_MS]);
    expect(useRunStore.getState().phase).toBe('paused');
    expect(useRunStore.getState().progress?.progress).toEqual({ phase: 'sampling', round: 1, maxRounds: 4 });
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(FLUSH_MS);
  });
});
