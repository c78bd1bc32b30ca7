/**
 * One scalar loss for a batch, for every method, differentiable w.r.t. logp (call it inside
 * tf.variableGrads / tf.valueAndGrad; intermediates are left to the caller's tidy scope).
 *
 *   logp     [B, T]  log pi_theta of each token (differentiable)
 *   oldLogp  [B, T]  log pi_old (constants; unused by sft)
 *   mask     [B, T]  1 on answer tokens
 *   rows     [B]     question id and verifier mark of each row
 *
 *   nft      L = aggregate(w * (right ? -d : negWeight * -log maxv((1 - r R) / (1 - r), eps)))
 *   rft      nft with RFT_RULE (negWeight 0) applied
 *   sft      L = aggregate(-logp)
 *   grpo / dapo / dr_grpo   L = aggregate(max(-A R, -A clip(R))), A from groups.ts
 * On-policy (R = 1, eps <= 1) the gradient w.r.t. logp is -w on right tokens and w r / (1 - r) on
 * wrong ones (times the aggregation factor): with w = sqrt((1 - r) / r) it is GRPO's -A with the
 * population std, with w = 1 - r it is Dr. GRPO's -A (spec, "Equivalence").
 */
import * as tf from '@tensorflow/tfjs';
import { aggregate } from './aggregate';
import { groupStats } from './groups';
import { type AnswerGroupInfo, type LossOptions, type Method, RFT_RULE } from './options';
import { clippedTokenLoss, logRatio, nftTokenLoss, sftTokenLoss } from './tokens';

export function lossTensor(
  method: Method,
  opts: LossOptions,
  logp: tf.Tensor2D,
  oldLogp: tf.Tensor2D,
  mask: tf.Tensor2D,
  rows: readonly AnswerGroupInfo[],
): tf.Scalar {
  const [B] = logp.shape;
  if (rows.length !== B) throw new Error(`${rows.length} row descriptions for a batch of ${B} rows`);
  if (method === 'rft') return lossTensor('nft', { ...opts, ...RFT_RULE }, logp, oldLogp, mask, rows);
  if (method === 'sft') return aggregate(sftTokenLoss(logp), mask, opts.aggregation, opts.constant);

  const col = (values: ArrayLike<number>) => tf.tensor2d(Float32Array.from(values), [B, 1]);
  const g = groupStats(rows, opts);
  const d = logRatio(logp, oldLogp, mask, opts.logRatioCap);
  let L: tf.Tensor2D;
  if (method === 'nft') {
    const cRight = rows.map((r, i) => (r.correct ? g.weight[i] : 0));
    const cWrong = rows.map((r, i) => (r.correct ? 0 : g.weight[i] * opts.negWeight));
    L = nftTokenLoss(d, col(g.rHatClamped), col(cRight), col(cWrong), opts.eps);
  } else {
    const adv = method === 'dr_grpo' ? g.drGrpoAdvantage : g.grpoAdvantage;
    L = clippedTokenLoss(d, col(adv), opts.clipLow, opts.clipHigh);
  }
  return aggregate(L, mask, opts.aggregation, opts.constant);
}
