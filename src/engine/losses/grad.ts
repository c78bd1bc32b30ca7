/**
 * Plain-number front end: ragged per-answer token log-probs -> loss and d loss / d logp per token.
 *
 *   answers (ragged, n_b tokens each) -> padded logp, oldLogp, mask [B, T = max n_b] (pads: 0, mask 0)
 *   { loss, grad } = valueAndGrad(logp -> lossTensor(method, opts, logp, oldLogp, mask, rows))
 *   grad[b] has n_b entries (the padding is dropped).
 * Runs on the current tfjs backend and reads back synchronously: meant for small batches (CLI, tests,
 * teaching views), not for training.
 */
import * as tf from '@tensorflow/tfjs';
import { lossTensor } from './loss';
import {
  type AnswerGroupInfo,
  type LossOptions,
  type Method,
  resolveOptions,
  validateLossOptions,
} from './options';

export interface AnswerTokens extends AnswerGroupInfo {
  /** log pi_theta of each answer token (the point where the gradient is taken). */
  logp: number[];
  /** log pi_old of the same tokens. */
  oldLogp: number[];
}

export interface LossAndGradInput {
  method: Method;
  /** Omitted options take the method's defaults. */
  options?: Partial<LossOptions>;
  answers: AnswerTokens[];
}

export interface LossAndGrad {
  loss: number;
  grad: number[][];
}

export interface PaddedAnswers {
  B: number;
  T: number;
  logp: Float32Array;
  oldLogp: Float32Array;
  mask: Float32Array;
  lengths: number[];
}

/** Right-pads ragged answers to [B, T]; T >= 1 so that an all-empty batch still has a shape. */
export function padAnswers(answers: readonly AnswerTokens[]): PaddedAnswers {
  const B = answers.length;
  const lengths = answers.map((a) => a.logp.length);
  const T = Math.max(1, ...lengths);
  const logp = new Float32Array(B * T);
  const oldLogp = new Float32Array(B * T);
  const mask = new Float32Array(B * T);
  answers.forEach((a, b) => {
    if (a.oldLogp.length !== a.logp.length) {
      throw new Error(`answer ${b}: ${a.logp.length} logp values but ${a.oldLogp.length} oldLogp values`);
    }
    for (let t = 0; t < a.logp.length; t++) {
      logp[b * T + t] = a.logp[t];
      oldLogp[b * T + t] = a.oldLogp[t];
      mask[b * T + t] = 1;
    }
  });
  return { B, T, logp, oldLogp, mask, lengths };
}

export function lossAndGrad(input: LossAndGradInput): LossAndGrad {
  const { method, answers } = input;
  if (answers.length === 0) throw new Error('no answers');
  const opts = resolveOptions(method, input.options);
  const problems = validateLossOptions(opts, method);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const p = padAnswers(answers);
  const rows = answers.map(({ question, correct }) => ({ question, correct }));
  const [value, grad] = tf.tidy(() => {
    const oldLogp = tf.tensor2d(p.oldLogp, [p.B, p.T]);
    const mask = tf.tensor2d(p.mask, [p.B, p.T]);
    const f = (lp: tf.Tensor) => lossTensor(method, opts, lp as tf.Tensor2D, oldLogp, mask, rows);
    const r = tf.valueAndGrad(f)(tf.tensor2d(p.logp, [p.B, p.T]));
    return [r.value, r.grad];
  });
  const loss = value.dataSync()[0];
  const g = grad.dataSync();
  value.dispose();
  grad.dispose();
  return { loss, grad: p.lengths.map((n, b) => Array.from(g.subarray(b * p.T, b * p.T + n))) };
}

/** d loss / d logp per token (the gradient weight each token gets), for teaching views. */
export function tokenGradWeights(
  method: Method,
  opts: Partial<LossOptions>,
  logp: number[][],
  oldLogp: number[][],
  rows: readonly AnswerGroupInfo[],
): number[][] {
  if (logp.length !== rows.length || oldLogp.length !== rows.length) {
    throw new Error(`${rows.length} rows but ${logp.length} logp and ${oldLogp.length} oldLogp arrays`);
  }
  const answers = rows.map((r, i) => ({ ...r, logp: logp[i], oldLogp: oldLogp[i] }));
  return lossAndGrad({ method, options: opts, answers }).grad;
}
