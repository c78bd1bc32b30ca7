import { describe, expect, it } from 'vitest';
import type { ArmSeries, RunPhase } from '../run/history';
import {
  initialTiming,
  iterationsPerSecond,
  observeRun,
  type RunTiming,
  type RunView,
  runningMs,
} from './runTiming';

const arm = (name: string, evals: number): ArmSeries =>
  ({ name, method: 'nft', loss: {}, iterations: [], evals: Array(evals).fill({}) }) as unknown as ArmSeries;

const view = (runId: number, phase: RunPhase, completed: number, arms: ArmSeries[]): RunView => ({
  runId,
  phase,
  completed,
  arms,
});

/** Folds states seen at the given times. */
const fold = (states: Array<[number, RunView]>, t: RunTiming = initialTiming()) =>
  states.reduce((acc, [now, r]) => observeRun(acc, r, now), t);

describe('run timing', () => {
  it('first point: the first state with a point for every arm, once per page', () => {
    const none = [arm('nft', 0), arm('rft', 0)];
    const one = [arm('nft', 1), arm('rft', 0)];
    const both = [arm('nft', 1), arm('rft', 1)];
    const t = fold([
      [100, view(0, 'starting', 0, [])],
      [900, view(1, 'idle', 0, none)],
      [1000, view(1, 'running', 0, none)],
      [1500, view(1, 'running', 0, one)],
      [1750, view(1, 'running', 0, both)],
      [3000, view(2, 'idle', 0, none)],
      [4000, view(2, 'running', 0, both)],
    ]);
    expect(t.firstPointMs).toBe(1750);
  });

  it('no arms is no point', () => {
    expect(fold([[5, view(1, 'running', 0, [])]]).firstPointMs).toBeNull();
  });

  it('iterations per second count training time only, not pauses', () => {
    const a = [arm('nft', 1)];
    const t = fold([
      [0, view(1, 'idle', 0, a)],
      [1000, view(1, 'running', 0, a)],
      [2000, view(1, 'running', 1, a)],
      [3000, view(1, 'paused', 2, a)], // the flush that says paused carries the last iteration
      [10_000, view(1, 'running', 2, a)],
      [11_000, view(1, 'running', 4, a)],
    ]);
    expect(t.iterations).toBe(4);
    expect(runningMs(t, 12_000)).toBe(2000 + 2000);
    expect(iterationsPerSecond(t, 12_000)).toBe(1);
    expect(t.firstIterationMs).toBe(2000);
    expect(t.running).toEqual([
      { start: 1000, end: 3000 },
      { start: 10_000, end: null },
    ]);
  });

  it('none before the first iteration; a new run closes the span and its iterations start from its own 0', () => {
    const a = [arm('nft', 1)];
    let t = fold([
      [0, view(1, 'running', 0, a)],
      [500, view(1, 'running', 0, a)],
    ]);
    expect(iterationsPerSecond(t, 1000)).toBeNull();
    t = fold(
      [
        [1000, view(1, 'running', 3, a)],
        [2000, view(2, 'running', 0, a)],
        [3000, view(2, 'done', 1, a)],
      ],
      t,
    );
    expect(t.iterations).toBe(4);
    expect(t.running).toEqual([
      { start: 0, end: 2000 },
      { start: 2000, end: 3000 },
    ]);
  });

  it('iterations completed outside an observed training span do not count', () => {
    const a = [arm('nft', 1)];
    const t = fold([
      [0, view(1, 'idle', 0, a)],
      [300, view(1, 'paused', 1, a)], // a step folded into one flush: no training time seen
    ]);
    expect(t.iterations).toBe(0);
    expect(iterationsPerSecond(t, 400)).toBeNull();
  });

  it('chart updates while training, and the shortest gap between two', () => {
    const s1 = [arm('nft', 1)];
    const s2 = [arm('nft', 2)];
    const s3 = [arm('nft', 3)];
    const s4 = [arm('nft', 4)];
    const t = fold([
      [0, view(1, 'idle', 0, s1)],
      [100, view(1, 'running', 0, s1)],
      [400, view(1, 'running', 0, s2)],
      [500, view(1, 'running', 0, s2)], // same arms: no chart change
      [700, view(1, 'running', 0, s3)],
      [900, view(1, 'paused', 0, s4)],
      [5000, view(1, 'paused', 0, s1)], // not training
    ]);
    expect(t.chartUpdates).toBe(3);
    expect(t.minChartGapMs).toBe(200);
  });
});
