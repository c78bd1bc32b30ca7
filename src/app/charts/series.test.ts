import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS } from '../../engine/losses/options';
import { chartSeries } from '../../formats/metrics/chartSeries';
import { ITERATION_METRICS, type IterationMetricSpec } from '../../formats/metrics/metricTable';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import { translate } from '../i18n/t';
import type { ArmSeries } from '../run/history';
import {
  armColour,
  ema,
  LINE_DASHES,
  lineStyle,
  METHOD_COLOURS,
  METRICS,
  type MetricDef,
  metricDef,
  metricRows,
  sharedDomain,
} from './series';

const it_ = (i: number, right: number, wrong: number, loss: number): IterationMetrics => ({
  iteration: i,
  steps: 1,
  loss,
  gradNorm: 1,
  entropy: 0.5,
  right,
  wrong,
  keptQuestions: 1,
  drawn: 1,
  droppedAllRight: 0,
  droppedAllWrong: 0,
  sampleMs: 1000,
  updateMs: 500,
});
const ev = (iteration: number, greedy: number): EvalPoint =>
  ({
    iteration,
    answersSeen: iteration * 8,
    computeSeconds: iteration * 1.5,
    eval: { greedy: { accuracy: greedy }, sampled: { accuracy: greedy / 2 } },
  }) as EvalPoint;

const ARM: ArmSeries = {
  name: 'nft',
  method: 'nft',
  loss: DEFAULT_LOSS_OPTIONS.nft,
  iterations: [it_(0, 6, 2, 1), it_(1, 2, 6, 3)],
  evals: [ev(0, 0.4), ev(2, 0.6)],
};
const metric = (id: string) => METRICS.find((m) => m.id === id) ?? METRICS[0];

describe('chart series', () => {
  it('ema: 0 is raw, debiased from the first point, smooths towards the mean', () => {
    expect(ema([1, 2, 3], 0)).toEqual([1, 2, 3]);
    expect(ema([5, 5, 5], 0.9).map((x) => +x.toFixed(9))).toEqual([5, 5, 5]);
    const s = ema([0, 10], 0.5);
    expect(s[0]).toBe(0);
    expect(s[1]).toBeCloseTo(10 / 1.5 / 1, 5);
  });

  it('x as iteration, answers seen or compute seconds', () => {
    expect(metricRows(ARM, metric('loss'), 'iteration', 0).map((r) => r.x)).toEqual([1, 2]);
    expect(metricRows(ARM, metric('loss'), 'answers', 0).map((r) => r.x)).toEqual([8, 16]);
    expect(metricRows(ARM, metric('loss'), 'seconds', 0).map((r) => r.x)).toEqual([1.5, 3]);
    expect(metricRows(ARM, metric('accuracy'), 'answers', 0).map((r) => r.x)).toEqual([0, 16]);
  });

  it('rows carry raw and smoothed values of every line', () => {
    const rows = metricRows(ARM, metric('answers'), 'iteration', 0);
    expect(rows[0]).toMatchObject({ right: 0.75, wrong: 0.25, 'right~': 0.75 });
    const acc = metricRows(ARM, metric('accuracy'), 'iteration', 0.5);
    expect(acc[1].greedy).toBe(0.6);
    expect(acc[1]['greedy~']).toBeCloseTo((0.5 * 0.5 * 0.4 + 0.5 * 0.6) / 0.75, 6);
  });

  it('shared y domain over arms', () => {
    const a = metricRows(ARM, metric('loss'), 'iteration', 0);
    expect(sharedDomain([a, [{ x: 1, loss: -1 }]], ['loss'])).toEqual([-1, 3]);
    expect(sharedDomain([], ['loss'])).toEqual([0, 1]);
    expect(
      sharedDomain(
        [
          [
            { x: 0, y: 0.181 },
            { x: 1, y: 0.287 },
          ],
        ],
        ['y'],
      ),
    ).toEqual([0.15, 0.3]);
    expect(sharedDomain([[{ x: 0, y: 0 }]], ['y'])).toEqual([-1, 1]);
  });

  it('an arm on labels gets a darker shade of its method colour', () => {
    expect(armColour({ name: 'nft', method: 'nft' })).toBe(METHOD_COLOURS.nft);
    expect(armColour({ name: 'nft-labels', method: 'nft' })).toBe('#003f62');
    expect(armColour({ name: 'rft-labels', method: 'rft' })).not.toBe(
      armColour({ name: 'nft-labels', method: 'nft' }),
    );
  });
});

describe('the charts are the metric table’s', () => {
  const styles = (m: MetricDef) => m.lines.map((l) => translate('en', lineStyle(l).name));

  it('one chart per chart of the table, with its lines, each line in a style of its own', () => {
    const table = chartSeries();
    expect(METRICS.map((m) => m.id)).toEqual(table.map((s) => s.id));
    expect(METRICS.map((m) => m.lines.map((l) => `${l.key} (${translate('en', l.label)})`))).toEqual(
      table.map((s) => s.lines.map((l) => `${l.key} (${l.label})`)),
    );
    for (const m of METRICS) {
      expect(m.lines.length).toBeLessThanOrEqual(LINE_DASHES.length);
      expect(new Set(styles(m)).size).toBe(m.lines.length);
    }
    expect(METRICS.filter((m) => m.domain).map((m) => m.id)).toEqual(
      table.filter((s) => s.share).map((s) => s.id),
    );
  });

  it('a metric added to the table is drawn: a new line on its chart, in the next style', () => {
    const specs = ITERATION_METRICS as unknown as Record<string, IterationMetricSpec<keyof IterationMetrics>>;
    const withGradNorm = {
      ...specs,
      gradNorm: {
        ...specs.gradNorm,
        charted: {
          chart: 'loss' as const,
          lines: [{ key: 'gradNorm', label: 'gradient norm', value: (m: IterationMetrics) => m.gradNorm }],
        },
      },
    };
    const loss = chartSeries(withGradNorm)
      .map(metricDef)
      .find((m) => m.id === 'loss');
    expect(loss?.lines.map((l) => l.key)).toEqual(['loss', 'gradNorm']);
    expect(loss && styles(loss)).toEqual(['solid', 'dashed']);
    expect(metricRows({ ...ARM }, loss as MetricDef, 'iteration', 0).map((r) => r.gradNorm)).toEqual([1, 1]);
  });
});
