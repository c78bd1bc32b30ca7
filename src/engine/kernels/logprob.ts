/**
 * The log-probability of each row's target token as WebGPU kernels: one dispatch forward, one backward
 * (in place of logSoftmax's max, subtract, exp, sum and log, a one-hot matrix, its cast, a multiply and
 * a row sum, and as many again backward).
 *
 *   NftLogProb:      logp[n] = (x[n, t_n] - max_v x[n, v]) - log sum_v exp(x[n, v] - max)   one thread per row
 *   NftLogProbGrad:  dx[n, v] = dy[n] ([v = t_n] - softmax(x[n])[v])                        one thread per element
 */
import * as tf from '@tensorflow/tfjs';
import { flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const LOG_PROB = 'NftLogProb';
export const LOG_PROB_GRAD = 'NftLogProbGrad';

const STATS = `
fn rowMaxLogSum(n : i32) -> vec2<f32> {
  let base = n * uniforms.v;
  var mx = -3.0e38;
  for (var j = 0; j < uniforms.v; j++) { mx = max(mx, x[base + j]); }
  var s = 0.0;
  for (var j = 0; j < uniforms.v; j++) { s = s + exp(x[base + j] - mx); }
  return vec2<f32>(mx, log(s));
}`;

const FORWARD = `${STATS}
fn main(n : i32) {
  if (n < uniforms.size) {
    let st = rowMaxLogSum(n);
    setOutputAtIndex(n, (x[n * uniforms.v + targets[n]] - st.x) - st.y);
  }
}`;

const GRAD = `${STATS}
fn main(i : i32) {
  if (i < uniforms.size) {
    let n = i / uniforms.v;
    let j = i % uniforms.v;
    let st = rowMaxLogSum(n);
    let p = exp((x[i] - st.x) - st.y);
    var hit = 0.0;
    if (targets[n] == j) { hit = 1.0; }
    setOutputAtIndex(i, dy[n] * hit - p * dy[n]);
  }
}`;

registerWebGpuKernel(LOG_PROB, ({ inputs, backend }) => {
  const { x, targets } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: LOG_PROB,
    outputShape: [x.shape[0]],
    inputs: ['x', 'targets'],
    threads: x.shape[0],
    code: FORWARD,
    uniforms: 'v : i32,',
  });
  return runProgram(backend, p, [x, targets], [i32(x.shape[1])]);
});

registerWebGpuKernel(LOG_PROB_GRAD, ({ inputs, backend }) => {
  const { dy, x, targets } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: LOG_PROB_GRAD,
    outputShape: x.shape,
    inputs: ['dy', 'x', 'targets'],
    threads: x.shape[0] * x.shape[1],
    code: GRAD,
    uniforms: 'v : i32,',
  });
  return runProgram(backend, p, [dy, x, targets], [i32(x.shape[1])]);
});

export const logProbFused = () => fusedOn(LOG_PROB);

/** log softmax(logits)[n, targets[n]] per row, differentiable in the logits.  [N, V], [N] -> [N]. */
export function gpuLogProb(logits: tf.Tensor2D, targets: tf.Tensor1D): tf.Tensor1D {
  const f = tf.customGrad((x, save) => {
    // targets is saved too: a tensor only captured here is disposed before the backward pass runs
    (save as tf.GradSaveFunc)([x as tf.Tensor, targets]);
    return {
      value: tf.engine().runKernel(LOG_PROB, { x: x as tf.Tensor, targets }) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [sx, st]: tf.Tensor[]) =>
        tf.engine().runKernel(LOG_PROB_GRAD, { dy, x: sx, targets: st }) as tf.Tensor,
    };
  });
  return f(logits) as tf.Tensor1D;
}
