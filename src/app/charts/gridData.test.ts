import { describe, expect, it } from 'vitest';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import type { ArmSeries } from '../run/history';
import { gridData } from './gridData';
import { METRICS } from './series';

const metrics = (iteration: number, loss: number) =>
  ({ iteration, loss, entropy: 1, right: 2, wrong: 2, sampleMs: 10, updateMs: 10 }) as IterationMetrics;
const point = (iteration: number) =>
  ({
    iteration,
    answersSeen: 0,
    computeSeconds: 0,
    eval: { greedy: { accuracy: 0.5 }, sampled: { accuracy: 0.4 } },
  }) as EvalPoint;
const arm = (name: string, iterations: IterationMetrics[], evals: EvalPoint[]) =>
  ({ name, method: 'nft', loss: {}, iterations, evals }) as unknown as ArmSeries;

const LOSS = METRICS.findIndex((m) => m.id === 'loss');
const ACC = METRICS.findIndex((m) => m.id === 'accuracy');

describe('chart grid data', () => {
  const nft = arm('nft', [metrics(0, 1)], [point(0)]);
  const rft = arm('rft', [metrics(0, 2)], [point(0)]);
  const first = gridData([nft, rft], 'iteration', 0.6, null);

  it('one row per point, for every metric and arm', () => {
    expect(first.rows.length).toBe(METRICS.length);
    expect(first.rows[LOSS].map((r) => r.length)).toEqual([1, 1]);
    expect(first.rows[ACC][0][0].greedy).toBe(0.5);
  });

  it('an arm that did not change keeps its rows; a changed history gets new ones', () => {
    // rft got an iteration (new iterations array, same evals array)
    const rft2 = { ...rft, iterations: [...rft.iterations, metrics(1, 1.5)] };
    const next = gridData([nft, rft2], 'iteration', 0.6, first);
    expect(next.rows[LOSS][0]).toBe(first.rows[LOSS][0]);
    expect(next.rows[LOSS][1]).not.toBe(first.rows[LOSS][1]);
    expect(next.rows[LOSS][1]).toHaveLength(2);
    expect(next.rows[ACC][1]).toBe(first.rows[ACC][1]); // evals unchanged
  });

  it('domains with the same bounds keep their arrays; other axes or smoothing recompute everything', () => {
    const again = gridData([nft, rft], 'iteration', 0.6, first);
    expect(again.xDomain).toBe(first.xDomain);
    expect(again.yDomains[LOSS]).toBe(first.yDomains[LOSS]);
    const smoother = gridData([nft, rft], 'iteration', 0.9, first);
    expect(smoother.rows[LOSS][0]).not.toBe(first.rows[LOSS][0]);
    const answers = gridData([nft, rft], 'answers', 0.6, first);
    expect(answers.rows[LOSS][0][0].x).toBe(4);
  });
});
