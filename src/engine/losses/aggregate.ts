/**
 * Reduction of masked per-token losses L [B, T] (mask [B, T]: 1 on answer tokens, 0 elsewhere) to a scalar:
 *   sum_const    sum_{b,t} m L / constant
 *   token_mean   sum_{b,t} m L / sum_{b,t} m
 *   answer_mean  (1 / B') sum_b (sum_t m L / n_b),  n_b = sum_t m_bt,  B' = rows with n_b > 0
 * Row sums use ops.rowSum (a matMul with its own gradient); tf.sum only sees [B] vectors.
 */
import * as tf from '@tensorflow/tfjs';
import { rowSum } from '../model/ops';
import type { Aggregation } from './options';

export function aggregate(
  L: tf.Tensor2D,
  mask: tf.Tensor2D,
  aggregation: Aggregation,
  constant: number,
): tf.Scalar {
  // where, not L * mask: a NaN or an infinity in the padding must not leak (NaN * 0 = NaN)
  const masked = tf.where(tf.greater(mask, 0), L, tf.zerosLike(L)) as tf.Tensor2D;
  const perRow = rowSum(masked); // [B]
  switch (aggregation) {
    case 'sum_const':
      return tf.div(tf.sum(perRow), constant) as tf.Scalar;
    case 'token_mean': {
      const n = tf.maximum(tf.sum(mask), 1);
      return tf.div(tf.sum(perRow), n) as tf.Scalar;
    }
    case 'answer_mean': {
      const nb = rowSum(mask); // [B]
      const rows = tf.maximum(tf.sum(tf.minimum(nb, 1)), 1);
      return tf.div(tf.sum(tf.div(perRow, tf.maximum(nb, 1))), rows) as tf.Scalar;
    }
  }
}
