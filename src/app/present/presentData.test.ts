import { describe, expect, it } from 'vitest';
import type { LossOptions } from '../../engine/losses/options';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import { METRICS } from '../charts/series';
import type { ArmSeries } from '../run/history';
import { presentData, valueText } from './presentData';

const metric = (id: string) => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

const iteration = (i: number, loss: number) =>
  ({ iteration: i, loss, right: 1, wrong: 1 }) as IterationMetrics;
const evalAt = (i: number, greedy: number) =>
  ({ iteration: i, eval: { greedy: { accuracy: greedy }, sampled: { accuracy: greedy / 2 } } }) as EvalPoint;

const arm = (name: string, method: ArmSeries['method'], losses: number[], accs: number[]): ArmSeries => ({
  name,
  method,
  loss: {} as LossOptions,
  iterations: losses.map((l, i) => iteration(i, l)),
  evals: accs.map((a, i) => evalAt(i, a)),
});

describe('presenter data', () => {
  const arms = [arm('nft', 'nft', [0.5, 0.25], [0.5, 0.625, 0.75]), arm('rft', 'rft', [2], [0.5])];

  it('gives every arm its rows, its own colour, dash and marker shape and its latest raw values as text', () => {
    const d = presentData(arms, metric('accuracy'), 'iteration', 0.6);
    expect(d.arms.map((a) => [a.name, a.shape, a.rows.length])).toEqual([
      ['nft', 'circle', 3],
      ['rft', 'square', 1],
    ]);
    expect(d.arms[0].latest).toEqual([
      { label: 'line.greedy', text: '75.0%' },
      { label: 'line.sampled', text: '37.5%' },
    ]);
    expect(new Set(d.arms.map((a) => a.dash)).size).toBe(2);
    // Fitted to the data (50% to 75%), inside 0..1.
    expect(d.yDomain[0]).toBeGreaterThanOrEqual(0.4);
    expect(d.yDomain[0]).toBeLessThanOrEqual(0.5);
    expect(d.yDomain[1]).toBeGreaterThanOrEqual(0.75);
    expect(d.yDomain[1]).toBeLessThanOrEqual(0.8);
    expect(d.xDomain).toEqual([0, 2]);
  });

  it('shares the y axis across arms for metrics without a fixed range', () => {
    const d = presentData(arms, metric('loss'), 'iteration', 0);
    expect(d.arms.map((a) => a.latest[0].text)).toEqual(['0.250', '2.00']);
    expect(d.yDomain[0]).toBeLessThanOrEqual(0.25);
    expect(d.yDomain[1]).toBeGreaterThanOrEqual(2);
  });

  it('has a dash for an arm with no point yet', () => {
    const d = presentData([arm('sft', 'sft', [], [])], metric('entropy'), 'iteration', 0);
    expect(d.arms[0].latest).toEqual([{ label: 'line.entropy', text: '–' }]);
    expect(valueText(metric('answers'), 0.5)).toBe('50.0%');
  });
});
