/**
 * Token plus position embeddings as one WebGPU kernel, and their gradients as one kernel per table
 * (in place of two oneHot x table matMuls, their casts and an add; wasm has no gradient for gather,
 * which is why the other backends multiply by a one-hot matrix).
 *
 *   NftEmbed:      out[n, j] = wte[ids[n], j] + wpe[pos[n], j]          one thread per element
 *   NftEmbedGrad:  dW[r, j] = sum over n with ids[n] = r of dy[n, j]    one thread per element of dW
 * Without positions (training: every row starts at 0), pos[n] = n mod T inside the kernels: no range
 * or tile to run and nothing to upload.
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
    var p = n % max(uniforms.seq, 1);
    if (uniforms.seq == 0) { p = pos[n]; }
    setOutputAtIndex(i, wte[ids[n] * uniforms.d + j] + wpe[p * uniforms.d + j]);
  }
}`;

const GRAD = `
fn main(i : i32) {
  if (i < uniforms.size) {
    let r = i / uniforms.d;
    let j = i % uniforms.d;
    var acc = 0.0;
    for (var n = 0; n < uniforms.n; n++) {
      var id = n % max(uniforms.seq, 1);
      if (uniforms.seq == 0) { id = ids[n]; }
      if (id == r) { acc = acc + dy[n * uniforms.d + j]; }
    }
    setOutputAtIndex(i, acc);
  }
}`;

registerWebGpuKernel(EMBED, ({ inputs, backend, attrs }) => {
  const { ids, pos, wte, wpe } = inputs as Record<string, tf.TensorInfo>;
  const [N, d] = [ids.shape[0], wte.shape[1]];
  const p = flatProgram({
    key: EMBED,
    outputShape: [N, d],
    inputs: ['ids', 'pos', 'wte', 'wpe'],
    threads: N * d,
    code: FORWARD,
    uniforms: 'd : i32, seq : i32,',
  });
  return runProgram(backend, p, [ids, pos, wte, wpe], [i32(d), i32((attrs?.seq as number) ?? 0)]);
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
    uniforms: 'd : i32, n : i32, seq : i32,',
  });
  return runProgram(backend, p, [dy, ids], [i32(d), i32(N), i32((attrs?.seq as number) ?? 0)]);
});

export const embedFused = () => fusedOn(EMBED);

/**
 * wte[ids] + wpe[pos], differentiable in both tables.  ids [N] int32, pos [N] int32 or a sequence
 * length T (positions n mod T) -> [N, d]. Only while embedFused().
 */
export function gpuEmbed(
  ids: tf.Tensor1D,
  pos: tf.Tensor1D | number,
  wte: tf.Tensor2D,
  wpe: tf.Tensor2D,
): tf.Tensor2D {
  const seq = typeof pos === 'number' ? pos : 0;
  const posIds = typeof pos === 'number' ? ids : pos; // bound but unread when seq > 0
  const f = tf.customGrad((te, pe, save) => {
    // the ids are saved: a tensor only captured here is disposed before the backward pass runs
    (save as tf.GradSaveFunc)([ids, posIds]);
    const tables = { wte: te as tf.Tensor, wpe: pe as tf.Tensor };
    return {
      value: tf.engine().runKernel(EMBED, { ids, pos: posIds, ...tables }, { seq }) as tf.Tensor,
      gradFunc: (dy: tf.Tensor, [si, sp]: tf.Tensor[]) => [
        tf.engine().runKernel(EMBED_GRAD, { dy, ids: si }, { rows: wte.shape[0], seq: 0 }) as tf.Tensor,
        tf.engine().runKernel(EMBED_GRAD, { dy, ids: sp }, { rows: wpe.shape[0], seq }) as tf.Tensor,
      ],
    };
  });
  return f(wte, wpe) as tf.Tensor2D;
}
