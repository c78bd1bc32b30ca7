import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS } from '../../engine/losses/options';
import type {
  EvalPoint,
  ExperimentSnapshot,
  GradientReport,
  IterationMetrics,
  RolloutView,
  RunEvent,
} from '../../worker/protocol';
import { applyEvents, emptyRun, resumedRun, withArms } from './history';

const m = { iteration: 0, loss: 1 } as IterationMetrics;

describe('applyEvents', () => {
  const run = withArms(emptyRun(2, 'idle'), [
    { name: 'nft', method: 'nft', loss: DEFAULT_LOSS_OPTIONS.nft },
    { name: 'rft', method: 'rft', loss: DEFAULT_LOSS_OPTIONS.rft },
  ]);

  it('folds events of the current run and drops those of any other', () => {
    const events: RunEvent[] = [
      { runId: 1, type: 'iteration', arm: 'nft', metrics: m },
      { runId: 2, type: 'status', status: 'running', completed: 0 },
      { runId: 2, type: 'iteration', arm: 'rft', metrics: m },
      { runId: 1, type: 'status', status: 'done', completed: 9 },
      { runId: 2, type: 'status', status: 'paused', completed: 1 },
    ];
    const r = applyEvents(run, events);
    expect(r.arms.map((a) => a.iterations.length)).toEqual([0, 1]);
    expect(r.phase).toBe('paused');
    expect(r.completed).toBe(1);
    expect(run.arms[1].iterations).toEqual([]); // not mutated
  });

  it('counts iterations completed by every arm as they come', () => {
    const r = applyEvents(run, [
      { runId: 2, type: 'iteration', arm: 'nft', metrics: m },
      { runId: 2, type: 'iteration', arm: 'rft', metrics: m },
      { runId: 2, type: 'iteration', arm: 'nft', metrics: m },
    ]);
    expect(r.completed).toBe(1);
  });

  it('keeps only the latest rollout of each arm, from the current run', () => {
    const rollout = (iteration: number): RolloutView => ({
      iteration,
      K: 2,
      drawn: 1,
      rounds: 1,
      droppedAllRight: 0,
      droppedAllWrong: 0,
      groups: [],
    });
    const r = applyEvents(run, [
      { runId: 2, type: 'rollout', arm: 'nft', rollout: rollout(1) },
      { runId: 2, type: 'rollout', arm: 'rft', rollout: rollout(1) },
      { runId: 2, type: 'rollout', arm: 'nft', rollout: rollout(2) },
      { runId: 1, type: 'rollout', arm: 'rft', rollout: rollout(9) },
    ]);
    expect(Object.keys(r.rollouts).sort()).toEqual(['nft', 'rft']);
    expect(r.rollouts.nft.iteration).toBe(2);
    expect(r.rollouts.rft.iteration).toBe(1);
    expect(run.rollouts).toEqual({}); // not mutated
    expect(emptyRun(3, 'preparing').rollouts).toEqual({}); // a new run starts with none
  });

  it('an error sticks until a new run', () => {
    const r = applyEvents(run, [
      { runId: 2, type: 'error', message: 'training failed: x' },
      { runId: 2, type: 'status', status: 'paused', completed: 1 },
    ]);
    expect(r).toMatchObject({ phase: 'error', error: 'training failed: x' });
  });
});

describe('gradient studies', () => {
  const run = withArms(emptyRun(2, 'idle'), [
    { name: 'nft', method: 'nft', loss: DEFAULT_LOSS_OPTIONS.nft },
    { name: 'rft', method: 'rft', loss: DEFAULT_LOSS_OPTIONS.rft },
  ]);
  const report = (iteration: number, ms = 1): GradientReport => ({
    iteration,
    weightsOf: 'nft',
    requested: 2,
    study: null,
    problem: 'test',
    ms,
  });

  it('keeps one study per evaluation iteration, in order, from the current run only', () => {
    const r = applyEvents(run, [
      { runId: 2, type: 'gradients', report: report(0) },
      { runId: 1, type: 'gradients', report: report(5) },
      { runId: 2, type: 'gradients', report: report(2) },
      { runId: 2, type: 'gradients', report: report(1) },
      { runId: 2, type: 'gradients', report: report(1, 7) },
    ]);
    expect(r.gradients.map((g) => [g.iteration, g.ms])).toEqual([
      [0, 1],
      [1, 7],
      [2, 1],
    ]);
    expect(run.gradients).toEqual([]); // not mutated
    expect(emptyRun(3, 'preparing').gradients).toEqual([]); // a new run starts with none
  });

  it('a resumed run keeps the studies of the evaluations its snapshot holds', () => {
    const r = applyEvents(
      run,
      [0, 1, 2].map((i) => ({ runId: 2, type: 'gradients', report: report(i) }) as const),
    );
    const evals = (n: number) => Array.from({ length: n }, (_, i) => ({ iteration: i }) as EvalPoint);
    const arm = (name: string, n: number) => ({
      history: { name, method: 'nft', loss: DEFAULT_LOSS_OPTIONS.nft, iterations: [], evals: evals(n) },
    });
    const snapshot = { arms: [arm('nft', 2), arm('rft', 1)] } as unknown as ExperimentSnapshot;
    expect(resumedRun(r, 3, snapshot).gradients.map((g) => g.iteration)).toEqual([0, 1]);
  });
});
