/** A small two-arm run for the export tests (nft: 2 iterations, 2 evaluations; rft: 1 and a NaN loss). */
import { DEFAULT_LOSS_OPTIONS } from '../../engine/losses/options';
import type { IterationMetrics } from '../../engine/train/arm';
import type { EvalPoint } from '../../engine/train/experiment';
import type { ArmSeries } from './schema';

export const iteration = (i: number, loss = 0.5): IterationMetrics => ({
  iteration: i,
  steps: 2,
  loss,
  gradNorm: 1.25,
  entropy: 0.75,
  right: 5,
  wrong: 3,
  keptQuestions: 2,
  drawn: 4,
  droppedAllRight: 1,
  droppedAllWrong: 1,
  sampleMs: 12.345,
  updateMs: 6.78,
});

const level = (accuracy: number) => ({ correct: accuracy * 4, total: 4, accuracy });

export const evaluation = (i: number, greedy: number): EvalPoint => ({
  iteration: i,
  answersSeen: i * 8,
  computeSeconds: i * 1.5,
  eval: {
    greedy: { accuracy: greedy, n: 8, perLevel: { add1: level(1), add2: level(greedy) } },
    sampled: {
      accuracy: greedy / 2,
      n: 8,
      perLevel: { add1: level(0.5), add2: level(0.25) },
      perQuestion: [1, 0],
      allRight: 0.25,
      allWrong: 0.5,
      mixed: 0.25,
    },
    passAtK: 0.75,
    k: 4,
    entropy: 0.4,
  },
});

export const ARMS: ArmSeries[] = [
  {
    name: 'nft',
    method: 'nft',
    loss: DEFAULT_LOSS_OPTIONS.nft,
    iterations: [iteration(0), iteration(1)],
    evals: [evaluation(0, 0.5), evaluation(2, 0.75)],
  },
  {
    name: 'rft',
    method: 'rft',
    loss: DEFAULT_LOSS_OPTIONS.rft,
    iterations: [iteration(0, Number.NaN)],
    evals: [evaluation(0, 0.5)],
  },
];
