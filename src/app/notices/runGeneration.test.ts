import { describe, expect, it } from 'vitest';
import { emptyRun, resumedRun } from '../run/history';
import { useRunStore } from '../run/runStore';
import { replacesRun, runGeneration, stillShown } from './runGeneration';

const arm = { name: 'nft', method: 'nft', iterations: [{}], evals: [] } as never;

describe('run generations: a notice goes with the run it describes', () => {
  it('a fresh run (new id, empty, preparing) replaces the one before', () => {
    expect(replacesRun(emptyRun(2, 'preparing'), { runId: 1 })).toBe(true);
  });

  it('the same id, a worker starting, or a record shown with its points do not', () => {
    expect(replacesRun(emptyRun(1, 'preparing'), { runId: 1 })).toBe(false);
    expect(replacesRun(emptyRun(0, 'starting'), { runId: 1 })).toBe(false);
    expect(replacesRun({ ...emptyRun(3, 'done'), arms: [arm], completed: 9 }, { runId: 2 })).toBe(false);
  });

  it('a restore (even at iteration 0) continues the run: it comes with its arms', () => {
    const history = { name: 'nft', method: 'nft', loss: {}, iterations: [], evals: [] };
    const restored = resumedRun(emptyRun(1, 'paused'), 2, { arms: [{ history }] } as never);
    expect(restored.phase).toBe('preparing');
    expect(replacesRun(restored, { runId: 1 })).toBe(false);
  });

  it('the store counts fresh runs, not restores', () => {
    const g0 = runGeneration();
    useRunStore.setState({ ...emptyRun(101, 'preparing') });
    expect(runGeneration()).toBe(g0 + 1);
    useRunStore.setState((s) => ({ ...s, phase: 'running', arms: [arm], completed: 1 }));
    expect(runGeneration()).toBe(g0 + 1);
    useRunStore.setState((s) => ({ ...s, ...emptyRun(102, 'done'), arms: [arm], completed: 1 }));
    expect(runGeneration()).toBe(g0 + 1);
    useRunStore.setState({ ...emptyRun(103, 'preparing') });
    expect(runGeneration()).toBe(g0 + 2);
  });

  it('a notice shows while its generation is the current one, or always when not about a run', () => {
    expect(stillShown(3, 3)).toBe(true);
    expect(stillShown(3, 4)).toBe(false);
    expect(stillShown(null, 4)).toBe(true);
  });
});
