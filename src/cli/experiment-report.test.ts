import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS } from '../engine/losses/options';
import type { IterationMetrics } from '../engine/train/arm';
import type { ArmHistory, EvalPoint } from '../engine/train/experiment';
import { type SeedRun, summarize, summaryTable, toCsv } from './experiment-report';

const metrics = (i: number, extra: Partial<IterationMetrics> = {}): IterationMetrics => ({
  iteration: i,
  steps: 1,
  loss: 0.5,
  gradNorm: 1,
  entropy: 0.7,
  right: 3,
  wrong: 5,
  keptQuestions: 2,
  drawn: 2,
  droppedAllRight: 0,
  droppedAllWrong: 0,
  sampleMs: 10,
  updateMs: 5,
  ...extra,
});

const evalPoint = (i: number): EvalPoint => ({
  iteration: i,
  answersSeen: i * 8,
  computeSeconds: i,
  eval: {
    greedy: { accuracy: 0.5, n: 4, perLevel: {} },
    sampled: { accuracy: 0.25, n: 4, perLevel: {}, perQuestion: [], allRight: 0, allWrong: 0, mixed: 1 },
    passAtK: 0.5,
    k: 2,
    entropy: 0.3,
  },
});

const errors = { none: 3, truncated: 0, unparsable: 1, wrong_step: 2, wrong_final: 2 };
const arms: ArmHistory[] = [
  {
    name: 'nft',
    method: 'nft',
    loss: DEFAULT_LOSS_OPTIONS.nft,
    iterations: [metrics(0, { errors, flipped: 1, absLogRatio: 0.125, absLogRatioLast: 0.25 })],
    evals: [evalPoint(0), evalPoint(1)],
  },
  {
    name: 'sft',
    method: 'sft',
    loss: DEFAULT_LOSS_OPTIONS.sft,
    iterations: [metrics(0)],
    evals: [evalPoint(0)],
  },
];

describe("the CLI's metrics.csv", () => {
  const runs: SeedRun[] = [{ seed: 4, seconds: 1, arms }];
  const [header, ...rows] = toCsv(runs)
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  const record = (r: string[]) => Object.fromEntries(header.map((h, i) => [h, r[i]]));

  it('keeps its 22 columns first, then the error kinds and flipped marks, then the drift', () => {
    expect(header.slice(0, 4)).toEqual(['seed', 'arm', 'method', 'iteration']);
    expect(header[21]).toBe('compute_s');
    expect(header.slice(22)).toEqual([
      'error_none',
      'error_truncated',
      'error_unparsable',
      'error_wrong_step',
      'error_wrong_final',
      'flipped_marks',
      'abs_log_ratio',
      'abs_log_ratio_last',
    ]);
    for (const r of rows) expect(r).toHaveLength(header.length);
  });

  it('fills them per iteration, and leaves them empty for the base row and for SFT', () => {
    const nft1 = record(rows[1]);
    expect(nft1).toMatchObject({ arm: 'nft', iteration: '1', eval_greedy: '0.5' });
    expect(nft1).toMatchObject({
      error_none: '3',
      error_truncated: '0',
      error_unparsable: '1',
      error_wrong_step: '2',
      error_wrong_final: '2',
      flipped_marks: '1',
      abs_log_ratio: '0.125',
      abs_log_ratio_last: '0.25',
    });
    const blank = (r: string[]) => header.slice(22).map((h) => record(r)[h]);
    expect(blank(rows[0])).toEqual(['', '', '', '', '', '', '', '']); // nft, iteration 0
    expect(record(rows[3])).toMatchObject({ arm: 'sft', iteration: '1' });
    expect(blank(rows[3])).toEqual(['', '', '', '', '', '', '', '']);
  });
});

describe('the summary over seeds', () => {
  it("averages each seed's last-step |log R| over its iterations, then over the seeds", () => {
    const arm = (drifts: number[]) => ({
      ...arms[0],
      iterations: drifts.map((d, i) => metrics(i, { absLogRatio: d / 2, absLogRatioLast: d })),
    });
    const runs: SeedRun[] = [
      { seed: 1, seconds: 1, arms: [arm([0.1, 0.3])] },
      { seed: 2, seconds: 1, arms: [arm([0.4, 0.4])] },
    ];
    const [s] = summarize(runs);
    expect(s.drift.mean).toBeCloseTo(0.3, 12); // seeds: 0.2 and 0.4
    expect(s.drift.std).toBeCloseTo(Math.SQRT2 * 0.1, 12);
    expect(summaryTable(runs)).toContain('0.300 ± 0.141');
  });
});
