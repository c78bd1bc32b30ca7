/**
 * Per-token losses on tensors.  logp, oldLogp, mask: [B, T]; per-row data: [B, 1] (broadcast over T).
 *
 *   d_t = min(logp_t - oldLogp_t, cap) on answer tokens, 0 elsewhere;   R_t = exp(d_t)
 *   NFT       L_t = cRight * (-d_t) + cWrong * (-log maxv((1 - r R_t) / (1 - r), eps))
 *             with cRight = w [right], cWrong = w * negWeight [wrong], r = clamped r_hat
 *   clipped   L_t = max(-A R_t, -A clip(R_t, 1 - clipLow, 1 + clipHigh))     (GRPO, Dr. GRPO, DAPO)
 *   SFT       L_t = -logp_t
 *
 * maxv(x, eps) is the straight-through clip of the spec: value max(x, eps), gradient of x.  Through
 * the log, d/dlogp [-log maxv(x, eps)] = -(1 / max(x, eps)) * dx/dlogp = r R / ((1 - r) max(x, eps))
 *   = r R / max(1 - r R, eps (1 - r)):
 * the log's derivative is taken at the CLIPPED value, only x's own derivative passes straight through.
 * This is the spec's gradient formula; it is not the unclipped r R / (1 - r R), and not 0 (a hard clip).
 */
import * as tf from '@tensorflow/tfjs';

type T2 = tf.Tensor2D;

/**
 * Value max(x, floor), gradient of x (identity): x + stopGradient(max(x, floor) - x), written as one
 * custom-gradient op so that the value is exactly max(x, floor) (no float32 round-off of x + (m - x)).
 */
export function straightThroughMax(x: T2, floor: number): T2 {
  const f = tf.customGrad((xi) => ({
    value: tf.maximum(xi as tf.Tensor, floor),
    gradFunc: (dy: tf.Tensor) => tf.clone(dy),
  }));
  return f(x) as T2;
}

/** Capped log-ratio d [B, T]; 0 (R = 1, no gradient) outside the mask, so padding can hold anything. */
export function logRatio(logp: T2, oldLogp: T2, mask: T2, cap: number): T2 {
  const d = tf.minimum(tf.sub(logp, oldLogp), cap);
  return tf.where(tf.greater(mask, 0), d, tf.zerosLike(d)) as T2;
}

/**
 * How far the policy has moved from the one that sampled: mean |log pi_theta - log pi_old| over the
 * answer tokens (0 on policy). A diagnostic, not part of any loss.
 */
export function meanAbsLogRatio(logp: T2, oldLogp: T2, mask: T2): tf.Scalar {
  return tf.tidy(() =>
    tf.div(tf.sum(tf.mul(tf.abs(tf.sub(logp, oldLogp)), mask)), tf.maximum(tf.sum(mask), 1)),
  );
}

/**
 * NFT per-token loss.  d [B, T]; rHat, cRight, cWrong [B, 1].
 * The wrong-answer term is computed on every row and weighted by cWrong, so negWeight = 0 (RFT)
 * removes it structurally.
 */
export function nftTokenLoss(d: T2, rHat: T2, cRight: T2, cWrong: T2, eps: number): T2 {
  const R = tf.exp(d);
  const x = tf.div(tf.sub(1, tf.mul(rHat, R)), tf.sub(1, rHat)) as T2; // (1 - r R) / (1 - r)
  const wrong = tf.neg(tf.log(straightThroughMax(x, eps)));
  return tf.add(tf.mul(cRight, tf.neg(d)), tf.mul(cWrong, wrong)) as T2;
}

/** PPO-style clipped surrogate with per-row advantages A [B, 1]. */
export function clippedTokenLoss(d: T2, adv: T2, clipLow: number, clipHigh: number): T2 {
  const R = tf.exp(d);
  const negA = tf.neg(adv);
  // Ties (R inside the clip range) take the first, unclipped branch: tf.maximum's gradient goes to `a`.
  return tf.maximum(tf.mul(negA, R), tf.mul(negA, tf.clipByValue(R, 1 - clipLow, 1 + clipHigh))) as T2;
}

export function sftTokenLoss(logp: T2): T2 {
  return tf.neg(logp);
}
