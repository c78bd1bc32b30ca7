/**
 * Fused ops with hand-written gradients, so that one training step costs few kernels on every backend.
 *
 * Why not tfjs's own gradients (PLATFORM.md):
 * - matMul's gradient uses transposeA/transposeB, 3-10x slower than a plain matMul on wasm: there the
 *   backward pass transposes explicitly, then multiplies (other backends keep the flags: matMulT).
 * - the gradient of tf.sum / tf.mean builds a full-size array of ones in JavaScript and uploads it on
 *   every backward pass: LayerNorm and the row sums below carry their own closed-form gradients.
 * - wasm has no kernel for the gradient of tf.gather: embeddings are oneHot(ids) x table.
 *
 * Every op takes 2-D activations [N, d] (N = batch x time), except bmm (batched, rank 3).
 */
import * as tf from '@tensorflow/tfjs';
import { colSumFused, gpuColSum, gpuLayerNorm, layerNormFused } from '../kernels/layerNorm';
import { nftMatMul, nftMatMulActive } from '../kernels/matmul';
import { webGpuFusionOn } from '../kernels/webgpu';

type T2 = tf.Tensor2D;

/**
 * Sum over rows as ones[1, N] x (N, d): on wasm, tf.sum over axis 0 transposes first and costs as
 * much as the weight-gradient matMul beside it; this costs almost nothing.  [N, d] -> [d]
 */
function colSum(x: T2): tf.Tensor1D {
  if (colSumFused()) return gpuColSum(x); // WebGPU: one kernel, no array of ones to upload
  return matMulT(tf.ones([1, x.shape[0]]) as T2, x, false, false).reshape([x.shape[1]]);
}

/**
 * a^T? b^T? as one matMul; every matMul of these ops goes through here. On cpu it runs our NftMatMul
 * kernel (src/engine/kernels: 4-8x tfjs's pure-JS one, flags included). On wasm, whose transposed
 * matMul is 3-10x slower than a plain one, the operands are transposed explicitly first; the other
 * backends take the flags (one kernel, no copy: on WebGPU every saved dispatch counts). Works on rank 2
 * and rank 3 (batched).
 */
function matMulT<T extends tf.Tensor2D | tf.Tensor3D>(a: T, b: T, ta: boolean, tb: boolean): T {
  if (nftMatMulActive()) return nftMatMul(a, b, ta, tb);
  if (tf.getBackend() !== 'wasm') return tf.matMul(a, b, ta, tb) as T;
  const perm = a.rank === 3 ? [0, 2, 1] : [1, 0];
  return tf.matMul(ta ? tf.transpose(a, perm) : a, tb ? tf.transpose(b, perm) : b) as T;
}

/** dL/dx = dy W^T and dL/dW = x^T dy. */
function matMulGrads<T extends tf.Tensor2D | tf.Tensor3D>(dy: T, x: T, w: T): T[] {
  return [matMulT(dy, w, false, true), matMulT(x, dy, true, false)];
}

/**
 * y = act(x W + b) as one kernel on WebGPU, tfjs's matMul with its bias and activation epilogue
 * (elsewhere a matMul, an add and the activation, as before).
 */
function biasMatMul(x: T2, w: T2, b: tf.Tensor1D, relu: boolean): T2 {
  if (webGpuFusionOn())
    return tf.fused.matMul({ a: x, b: w, bias: b, activation: relu ? 'relu' : 'linear' }) as T2;
  const y = tf.add(matMulT(x, w, false, false), b) as T2;
  return relu ? tf.relu(y) : y;
}

/** y = x W (+ b).  x [N, din], W [din, dout], b [dout] -> [N, dout]. */
export function dense(x: T2, w: T2, b?: tf.Tensor1D): T2 {
  if (b === undefined) {
    const f = tf.customGrad((xi, wi, save) => {
      (save as tf.GradSaveFunc)([xi as T2, wi as T2]);
      return {
        value: matMulT(xi as T2, wi as T2, false, false) as tf.Tensor,
        gradFunc: (dy: tf.Tensor, [sx, sw]: tf.Tensor[]) => matMulGrads(dy as T2, sx as T2, sw as T2),
      };
    });
    return f(x, w) as T2;
  }
  const f = tf.customGrad((xi, wi, bi, save) => {
    (save as tf.GradSaveFunc)([xi as T2, wi as T2]);
    return {
      value: biasMatMul(xi as T2, wi as T2, bi as tf.Tensor1D, false) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [sx, sw]: tf.Tensor[]) => [
        ...matMulGrads(dy as T2, sx as T2, sw as T2),
        colSum(dy as T2),
      ],
    };
  });
  return f(x, w, b) as T2;
}

/** ReLU(x W + b), one kernel forward on WebGPU; the gradient goes through where the output is positive. */
export function denseRelu(x: T2, w: T2, b: tf.Tensor1D): T2 {
  const f = tf.customGrad((xi, wi, bi, save) => {
    const y = biasMatMul(xi as T2, wi as T2, bi as tf.Tensor1D, true);
    (save as tf.GradSaveFunc)([xi as T2, wi as T2, y]);
    return {
      value: y as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [sx, sw, sy]: tf.Tensor[]) => {
        const dz = tf.mul(dy, tf.step(sy)) as T2;
        return [...matMulGrads(dz, sx as T2, sw as T2), colSum(dz)];
      },
    };
  });
  return f(x, w, b) as T2;
}

/** Batched a b.  a [G, m, k], b [G, k, n] -> [G, m, n]. */
export function bmm(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  const f = tf.customGrad((ai, bi, save) => {
    (save as tf.GradSaveFunc)([ai as tf.Tensor, bi as tf.Tensor]);
    return {
      value: matMulT(ai as tf.Tensor3D, bi as tf.Tensor3D, false, false) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [sa, sb]: tf.Tensor[]) =>
        matMulGrads(dy as tf.Tensor3D, sa as tf.Tensor3D, sb as tf.Tensor3D),
    };
  });
  return f(a, b) as tf.Tensor3D;
}

/** Embedding lookup as oneHot(ids) x table, differentiable on wasm.  ids [N] -> [N, d]. */
export function embed(ids: tf.Tensor1D, table: T2): T2 {
  const f = tf.customGrad((wi, save) => {
    const oh = tf.oneHot(ids, (wi as T2).shape[0]).toFloat() as T2;
    (save as tf.GradSaveFunc)([oh]);
    return {
      value: matMulT(oh, wi as T2, false, false) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [soh]: tf.Tensor[]) => matMulT(soh as T2, dy as T2, true, false),
    };
  });
  return f(table) as T2;
}

/**
 * LayerNorm over the last axis with closed-form gradient.
 *   xhat = (x - mean) / sqrt(var + eps);  y = xhat * g + b
 *   dx = rstd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)),  dxhat = dy * g
 */
export function layerNorm(x: T2, g: tf.Tensor1D, b: tf.Tensor1D, eps = 1e-5): T2 {
  if (layerNormFused()) return gpuLayerNorm(x, g, b, eps); // WebGPU: 1 dispatch forward, 3 backward
  const f = tf.customGrad((xi, gi, bi, save) => {
    const X = xi as T2;
    const mean = tf.mean(X, 1, true);
    const xc = tf.sub(X, mean);
    const rstd = tf.rsqrt(tf.add(tf.mean(tf.square(xc), 1, true), eps));
    const xhat = tf.mul(xc, rstd);
    (save as tf.GradSaveFunc)([xhat, rstd, gi as tf.Tensor]);
    return {
      value: tf.add(tf.mul(xhat, gi as tf.Tensor1D), bi as tf.Tensor1D) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [sxhat, srstd, sg]: tf.Tensor[]) => {
        const dxhat = tf.mul(dy, sg);
        const m1 = tf.mean(dxhat, 1, true);
        const m2 = tf.mean(tf.mul(dxhat, sxhat), 1, true);
        const dx = tf.mul(srstd, tf.sub(tf.sub(dxhat, m1), tf.mul(sxhat, m2)));
        return [dx, colSum(tf.mul(dy, sxhat) as T2), colSum(dy as T2)];
      },
    };
  });
  return f(x, g, b) as T2;
}

/** Sum over the last axis as a matMul with a ones column (no ones upload in the backward pass). */
export function rowSum(x: T2): tf.Tensor1D {
  const ones = tf.ones([x.shape[1], 1]) as T2;
  return tf.reshape(dense(x, ones), [x.shape[0]]) as tf.Tensor1D;
}
