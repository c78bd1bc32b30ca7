/**
 * x + MASKED in one column of a [N, V] tensor, as one WebGPU kernel with the column and the value in
 * uniforms: the head hides PAD this way without uploading a [V] bias every step. The gradient passes
 * through unchanged (as an add's does).
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const MASK_COLUMN = 'NftMaskColumn';

const CODE = `
fn main(i : i32) {
  if (i < uniforms.size) {
    var m = 0.0;
    if (i % uniforms.v == uniforms.col) { m = uniforms.value; }
    setOutputAtIndex(i, x[i] + m);
  }
}`;

registerWebGpuKernel(MASK_COLUMN, ({ inputs, backend, attrs }) => {
  const { x } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: MASK_COLUMN,
    outputShape: x.shape,
    inputs: ['x'],
    threads: x.shape[0] * x.shape[1],
    code: CODE,
    uniforms: 'v : i32, col : i32, value : f32,',
  });
  return runProgram(
    backend,
    p,
    [x],
    [i32(x.shape[1]), i32(attrs?.col as number), f32(attrs?.value as number)],
  );
});

export const maskColumnFused = () => fusedOn(MASK_COLUMN);

/** x + value in column `col` of every row; differentiable (the gradient is dy). Only while maskColumnFused(). */
export function gpuMaskColumn(x: tf.Tensor2D, col: number, value: number): tf.Tensor2D {
  const f = tf.customGrad((xi) => ({
    value: tf.engine().runKernel(MASK_COLUMN, { x: xi as tf.Tensor }, { col, value }) as tf.Tensor,
    gradFunc: (dy: tf.Tensor) => dy,
  }));
  return f(x) as tf.Tensor2D;
}
