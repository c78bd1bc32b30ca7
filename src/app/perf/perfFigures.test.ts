import { describe, expect, it } from 'vitest';
import type { ArmSeries } from '../run/history';
import { describeFrame, perfSnapshot } from './perfFigures';
import { initialTiming, observeRun } from './runTiming';

const arms = [{ name: 'nft', evals: [{}] }] as unknown as ArmSeries[];

describe('performance snapshot', () => {
  it('puts timings and long tasks together; long tasks get the frames they overlap', () => {
    let t = initialTiming();
    t = observeRun(t, { runId: 1, phase: 'running', completed: 0, arms }, 1000);
    t = observeRun(t, { runId: 1, phase: 'paused', completed: 2, arms }, 5000);
    const tasks = [
      { startMs: 10, durationMs: 200, name: 'self' },
      { startMs: 2000, durationMs: 70, name: 'self' },
    ];
    const frames = [{ startMs: 1990, durationMs: 90, what: 'TimerHandler:setTimeout 60 ms' }];
    const s = perfSnapshot(t, tasks, frames, 6000, 'webgpu');
    expect(s).toMatchObject({
      longTasks: 1,
      longTaskMaxMs: 70,
      longTasksSinceLoad: 2,
      firstPointMs: 1000,
      iterations: 2,
      runningMs: 4000,
      itPerSec: 0.5,
      chartUpdates: 0,
      chartUpdatesPerSec: 0,
      phase: 'paused',
      backend: 'webgpu',
    });
    expect(s.longTasksDuringTraining[0].source).toBe('TimerHandler:setTimeout 60 ms');
  });

  it('before anything happened', () => {
    const s = perfSnapshot(initialTiming(), [], [], 10, null);
    expect(s).toMatchObject({ longTasks: 0, firstPointMs: null, itPerSec: null, chartUpdatesPerSec: null });
  });

  it('describes a long animation frame by its scripts and rendering', () => {
    expect(
      describeFrame({
        startTime: 100,
        duration: 80,
        renderStart: 160,
        scripts: [
          {
            invoker: 'TimerHandler:setTimeout',
            sourceFunctionName: 'flush',
            duration: 55,
            forcedStyleAndLayoutDuration: 4,
          },
          { invoker: 'tiny', duration: 1 },
        ],
      }),
    ).toBe('TimerHandler:setTimeout flush 55 ms (forced layout 4 ms); rendering 20 ms');
    expect(describeFrame({ startTime: 0, duration: 60 })).toBe('60 ms, no script over 5 ms');
  });
});
