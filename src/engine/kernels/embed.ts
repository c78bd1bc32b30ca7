/**
 * Token plus position embeddings as one WebGPU kernel, and their gradients as one kernel per table
 * (in place of two oneHot x table matMuls, their casts and an add; wasm has no gradient for gather,
 * which is why the other backends multiply by a one-hot matrix).
 *
 *   NftEmbed:      out[n, j] = wte[ids[n], j] + wpe[pos[n], j]          one thread per element
 *   NftEmbedGrad:  dW[r, j] = sum over n with ids[n] = r of dy[n, j]    one thread per element of dW
 */
import * as tf from '@tensorflow/tfjs';
import { flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const EMBED = 'NftEmbed';
export const EMBED_GRAD = 'NftEmbedGrad';

const FORWARD = `
fn main(i : i32) {
  if (i < uniforms.size) {
    let n = i / uniforms.d;
    let j = i % uniforms.d;
    setOutputAtIndex(i, wte[ids[n] * uniforms.d + j] + wpe[pos[n] * uniforms.d + j]);
  }
}`;

const GRAD = `
fn main(i : i32) {
  if (i < uniforms.size) {
    let r = i / uniforms.d;
    let j = i % uniforms.d;
    var acc = 0.0;
    for (var n = 0; n < uniforms.n; n++) {
      if (ids[n] == r) { acc = acc + dy[n * uniforms.d + j]; }
    }
    setOutputAtIndex(i, acc);
  }
}`;

registerWebGpuKernel(EMBED, ({ inputs, backend }) => {
  const { ids, pos, wte, wpe } = inputs as Record<string, tf.TensorInfo>;
  const [N, d] = [ids.shape[0], wte.shape[1]];
  const p = flatProgram({
    key: EMBED,
    outputShape: [N, d],
    inputs: ['ids', 'pos', 'wte', 'wpe'],
    threads: N * d,
    code: FORWARD,
    uniforms: 'd : i32,',
  });
  return runProgram(backend, p, [ids, pos, wte, wpe], [i32(d)]);
});

registerWebGpuKernel(EMBED_GRAD, ({ inputs, backend, attrs }) => {
  const { dy, ids } = inputs as Record<string, tf.TensorInfo>;
  const rows = attrs?.rows as number;
  const [N, d] = dy.shape;
  const p = flatProgram({
    key: EMBED_GRAD,
    outputShape: [rows, d],
    inputs: ['dy', 'ids'],
    threads: rows * d,
    code: GRAD,
    uniforms: 'd : i32, n : i32,',
  });
  return runProgram(backend, p, [dy, ids], [i32(d), i32(N)]);
});

export const embedFused = () => fusedOn(EMBED);

/** wte[ids] + wpe[pos], differentiable in both tables.  ids, pos [N] int32 -> [N, d]. Only while embedFused(). */
export function gpuEmbed(
  ids: tf.Tensor1D,
  pos: tf.Tensor1D,
  wte: tf.Tensor2D,
  wpe: tf.Tensor2D,
): tf.Tensor2D {
  const f = tf.customGrad((te, pe) => ({
    value: tf
      .engine()
      .runKernel(EMBED, { ids, pos, wte: te as tf.Tensor, wpe: pe as tf.Tensor }) as tf.Tensor,
    gradFunc: (dy: tf.Tensor) => [
      tf.engine().runKernel(EMBED_GRAD, { dy, ids }, { rows: wte.shape[0] }) as tf.Tensor,
      tf.engine().runKernel(EMBED_GRAD, { dy, ids: pos }, { rows: wpe.shape[0] }) as tf.Tensor,
    ],
  }));
  return f(wte, wpe) as tf.Tensor2D;
}
