/**
 * Per-token log-probabilities and entropies of a batch of answers under the model, in one forward pass.
 *
 *   logsm = logSoftmax(logits)                         [N, V]
 *   logp[t]    = logsm[t, target_t]                    [B, T]  (differentiable: the losses use it)
 *   entropy[t] = -sum_v exp(logsm[t, v]) logsm[t, v]   [B, T]
 * Positions outside the answer are computed too; multiply by the batch mask.
 */
import * as tf from '@tensorflow/tfjs';
import { gpuLogProb, logProbFused } from '../kernels/logprob';
import { webGpuFusionOn } from '../kernels/webgpu';
import type { SequenceBatch } from './batch';
import { forward, type Gpt } from './gpt';
import { dense, rowSum } from './ops';

export interface TokenStats {
  [key: string]: tf.Tensor2D;
  logp: tf.Tensor2D;
  entropy: tf.Tensor2D;
}

/** -sum_v p log p per row, from log-softmax values.  [B*T, V] -> [B, T] */
function entropyOf(logsm: tf.Tensor2D, B: number, T: number): tf.Tensor2D {
  return tf.neg(rowSum(tf.mul(tf.exp(logsm), logsm) as tf.Tensor2D)).reshape([B, T]) as tf.Tensor2D;
}

/** Call inside tf.tidy (or a gradient function): all intermediates are left to the caller's scope. */
export function tokenStats(model: Gpt, batch: SequenceBatch, withEntropy = true): TokenStats {
  const { B, T } = batch;
  const ids = tf.tensor2d(batch.ids, [B, T], 'int32');
  const { logits } = forward(model, ids);
  const targets = tf.tensor1d(batch.targets, 'int32');
  if (logProbFused()) {
    // WebGPU: one kernel each way; the entropy (never differentiated) as tfjs ops
    const logp = gpuLogProb(logits, targets).reshape([B, T]) as tf.Tensor2D;
    const entropy = withEntropy
      ? entropyOf(tf.logSoftmax(logits) as tf.Tensor2D, B, T)
      : (tf.zeros([B, T]) as tf.Tensor2D);
    return { logp, entropy };
  }
  const logsm = tf.logSoftmax(logits) as tf.Tensor2D; // [B*T, V]
  const oh = tf.oneHot(targets, model.config.vocabSize).toFloat() as tf.Tensor2D;
  const logp = rowSum(tf.mul(logsm, oh)).reshape([B, T]) as tf.Tensor2D;
  const entropy = withEntropy ? entropyOf(logsm, B, T) : (tf.zeros([B, T]) as tf.Tensor2D);
  return { logp, entropy };
}

/** Token-mean cross-entropy of the batch's answers: the gold-SFT loss. */
export function sftLoss(model: Gpt, batch: SequenceBatch): tf.Scalar {
  const { logp } = tokenStats(model, batch, false);
  const n = batch.answerLengths.reduce((a, b) => a + b, 0);
  if (webGpuFusionOn()) {
    // WebGPU: -mask / n made here (the batch's data), and the sum as a matMul: no scalar uploaded,
    // and no array of ones (tf.sum's gradient) either
    const N = batch.B * batch.T;
    const w = tf.tensor2d(
      batch.mask.map((m) => -m / n),
      [N, 1],
    );
    return dense(logp.reshape([1, N]) as tf.Tensor2D, w).reshape([]) as tf.Scalar;
  }
  const mask = tf.tensor2d(batch.mask, [batch.B, batch.T]);
  return tf.div(tf.neg(tf.sum(tf.mul(logp, mask))), n) as tf.Scalar;
}

/** Plain arrays of per-answer token log-probs and entropies (answer positions only). */
export async function answerTokenStats(
  model: Gpt,
  batch: SequenceBatch,
): Promise<{ logp: number[][]; entropy: number[][] }> {
  const [lp, en] = tf.tidy(() => {
    const s = tokenStats(model, batch);
    return [s.logp, s.entropy];
  });
  const [lpv, env] = await Promise.all([lp.data(), en.data()]);
  lp.dispose();
  en.dispose();
  const logp: number[][] = [];
  const entropy: number[][] = [];
  for (let b = 0; b < batch.B; b++) {
    const rl: number[] = [];
    const re: number[] = [];
    for (let t = 0; t < batch.T; t++) {
      if (batch.mask[b * batch.T + t] > 0) {
        rl.push(lpv[b * batch.T + t]);
        re.push(env[b * batch.T + t]);
      }
    }
    logp.push(rl);
    entropy.push(re);
  }
  return { logp, entropy };
}
