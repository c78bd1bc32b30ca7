/**
 * The global gradient norm sqrt(sum_i ||g_i||^2) in a few dispatches: NftSumSquares adds the squares of
 * up to GROUP tensors (and a running total) in one workgroup, so the 38 gradients of the default model
 * take 7 dispatches, the last of which takes the square root. WebGPU binds one storage buffer per input
 * and SwiftShader allows 8 per shader stage (the output included): hence 6 tensors and the total.
 * On other backends (or with fusion off): tf.sum(tf.square(g)) per tensor and a chain of two-input adds
 * (not tf.addN, which binds one buffer per input).
 */
import * as tf from '@tensorflow/tfjs';
import { flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const SUM_SQUARES = 'NftSumSquares';
const GROUP = 6;
const WG = 256;

function code(k: number, withAcc: boolean, sqrt: boolean): string {
  const loops = Array.from(
    { length: k },
    (_, j) => `for (var i = index; i < uniforms.n${j}; i = i + ${WG}) { let x = g${j}[i]; s = s + x * x; }`,
  ).join('\n    ');
  return `
var<workgroup> part : array<f32, ${WG}>;
fn main(index : i32) {
  var s = 0.0;
  ${loops}
  part[index] = s;
  workgroupBarrier();
  for (var w = ${WG / 2}; w > 0; w = w / 2) {
    if (index < w) { part[index] = part[index] + part[index + w]; }
    workgroupBarrier();
  }
  if (index == 0) {
    let t = part[0]${withAcc ? ' + acc[0]' : ''};
    setOutputAtIndex(0, ${sqrt ? 'sqrt(t)' : 't'});
  }
}`;
}

registerWebGpuKernel(SUM_SQUARES, ({ inputs, backend, attrs }) => {
  const names = Object.keys(inputs).filter((n) => n.startsWith('g'));
  const acc = inputs.acc as tf.TensorInfo | undefined;
  const sqrt = attrs?.sqrt === true;
  const gs = names.map((n) => inputs[n] as tf.TensorInfo);
  const program = flatProgram({
    key: `${SUM_SQUARES}_${gs.length}_${acc ? 'acc' : ''}_${sqrt ? 'sqrt' : ''}`,
    outputShape: [1],
    inputs: [...names, ...(acc ? ['acc'] : [])],
    threads: WG,
    workgroup: WG,
    code: code(gs.length, acc !== undefined, sqrt),
    uniforms: `${names.map((_, j) => `n${j} : i32,`).join(' ')}`,
  });
  const sizes = gs.map((g) => i32(g.shape.reduce((a, b) => a * b, 1)));
  return runProgram(backend, program, acc ? [...gs, acc] : gs, sizes);
});

/** sqrt of the sum of squares of every entry of every tensor: a [1] tensor (no read-back). */
export function globalNorm(tensors: tf.Tensor[]): tf.Tensor1D {
  if (tensors.length === 0) return tf.zeros([1]);
  if (fusedOn(SUM_SQUARES)) {
    let acc: tf.Tensor | undefined;
    for (let i = 0; i < tensors.length; i += GROUP) {
      const group = tensors.slice(i, i + GROUP);
      const ins: tf.NamedTensorMap = {};
      group.forEach((g, j) => {
        ins[`g${j}`] = g;
      });
      if (acc) ins.acc = acc;
      const last = i + GROUP >= tensors.length;
      const next = tf.engine().runKernel(SUM_SQUARES, ins, { sqrt: last }) as tf.Tensor;
      acc?.dispose();
      acc = next;
    }
    return acc as tf.Tensor1D;
  }
  return tf.tidy(() => {
    const squares = tensors.map((g) => tf.sum(tf.square(g)));
    return tf.sqrt(squares.reduce((a, b) => tf.add(a, b))).reshape([1]) as tf.Tensor1D;
  });
}
