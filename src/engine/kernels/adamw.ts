/**
 * AdamW's update as two WebGPU kernels per variable, with every step-dependent constant in the
 * dispatch's uniforms (no scalar tensor is uploaded per step):
 *
 *   NftAdamMoments: [m, v] <- [b1 m + (1 - b1) g s, b2 v + (1 - b2) (g s)^2],  s = min(1, clip / (norm + 1e-6))
 *   NftAdamApply:   p <- p - lr ((m / c1) / (sqrt(v / c2) + eps) + wd p),       c1 = 1 - b1^t, c2 = 1 - b2^t
 *
 * The moments of a variable live in one tensor [n, 2] (m and v interleaved): one dispatch updates both.
 * `norm` is the global gradient norm (a [1] tensor, see sumSquares.ts); clipping happens inside the
 * moments kernel. On other backends (or with fusion off) the same formulas run as tfjs ops.
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, registerWebGpuKernel, runProgram } from './webgpu';

export const ADAM_MOMENTS = 'NftAdamMoments';
export const ADAM_APPLY = 'NftAdamApply';

export interface MomentsOptions {
  beta1: number;
  beta2: number;
  /** Max global norm; 0 = no clipping. */
  clipNorm: number;
}

export interface ApplyOptions {
  lr: number;
  /** Bias corrections 1 - beta1^t and 1 - beta2^t. */
  c1: number;
  c2: number;
  eps: number;
  /** Decoupled weight decay for this variable (0 for none). */
  weightDecay: number;
}

const MOMENTS_CODE = `
fn main(index : i32) {
  if (index < uniforms.size) {
    var s = 1.0;
    if (uniforms.clip > 0.0) { s = min(1.0, uniforms.clip / (norm[0] + 1e-6)); }
    let g = grad[index] * s;
    let mv = moments[index];
    setOutputAtIndex(index, vec2<f32>(mv.x * uniforms.b1 + g * uniforms.ob1, mv.y * uniforms.b2 + (g * g) * uniforms.ob2));
  }
}`;

const APPLY_CODE = `
fn main(index : i32) {
  if (index < uniforms.size) {
    let mv = moments[index];
    let p = param[index];
    let upd = (mv.x / uniforms.c1) / (sqrt(mv.y / uniforms.c2) + uniforms.eps) + uniforms.wd * p;
    setOutputAtIndex(index, p - upd * uniforms.lr);
  }
}`;

registerWebGpuKernel(ADAM_MOMENTS, ({ inputs, backend, attrs }) => {
  const { moments, grad, norm } = inputs as Record<string, tf.TensorInfo>;
  const o = attrs as unknown as MomentsOptions;
  const n = grad.shape.reduce((a, b) => a * b, 1);
  const program = flatProgram({
    key: ADAM_MOMENTS,
    outputShape: [n, 2],
    inputs: ['moments', 'grad', 'norm'],
    threads: n,
    code: MOMENTS_CODE,
    uniforms: 'b1 : f32, ob1 : f32, b2 : f32, ob2 : f32, clip : f32,',
    outputComponent: 2,
    variableComponents: [2, 1, 1],
  });
  const u = [f32(o.beta1), f32(1 - o.beta1), f32(o.beta2), f32(1 - o.beta2), f32(o.clipNorm)];
  return runProgram(backend, program, [moments, grad, norm], u);
});

registerWebGpuKernel(ADAM_APPLY, ({ inputs, backend, attrs }) => {
  const { moments, param } = inputs as Record<string, tf.TensorInfo>;
  const o = attrs as unknown as ApplyOptions;
  const n = param.shape.reduce((a, b) => a * b, 1);
  const program = flatProgram({
    key: ADAM_APPLY,
    outputShape: param.shape,
    inputs: ['moments', 'param'],
    threads: n,
    code: APPLY_CODE,
    uniforms: 'lr : f32, c1 : f32, c2 : f32, eps : f32, wd : f32,',
    variableComponents: [2, 1],
  });
  const u = [f32(o.lr), f32(o.c1), f32(o.c2), f32(o.eps), f32(o.weightDecay)];
  return runProgram(backend, program, [moments, param], u);
});

function clipScale(norm: tf.Tensor, clipNorm: number): tf.Tensor {
  return clipNorm > 0 ? tf.minimum(1, tf.div(clipNorm, tf.add(norm, 1e-6))) : tf.scalar(1);
}

/** New moments [n, 2] from the old ones, a gradient of n values and the global norm [1]. */
export function adamMoments(
  moments: tf.Tensor2D,
  grad: tf.Tensor,
  norm: tf.Tensor,
  o: MomentsOptions,
): tf.Tensor2D {
  if (fusedOn(ADAM_MOMENTS)) {
    const attrs = { ...o } as unknown as tf.NamedAttrMap;
    return tf
      .engine()
      .runKernel(ADAM_MOMENTS, { moments, grad, norm: norm.reshape([1]) }, attrs) as tf.Tensor2D;
  }
  return tf.tidy(() => {
    const g = tf.mul(grad.reshape([-1]), clipScale(norm.reshape([]), o.clipNorm));
    const [m, v] = tf.unstack(moments, 1);
    const m2 = tf.add(tf.mul(m, o.beta1), tf.mul(g, 1 - o.beta1));
    const v2 = tf.add(tf.mul(v, o.beta2), tf.mul(tf.square(g), 1 - o.beta2));
    return tf.stack([m2, v2], 1) as tf.Tensor2D;
  });
}

/** The variable's new value from its moments [n, 2]: same shape as `param`. */
export function adamApply<T extends tf.Tensor>(moments: tf.Tensor2D, param: T, o: ApplyOptions): T {
  if (fusedOn(ADAM_APPLY)) {
    return tf.engine().runKernel(ADAM_APPLY, { moments, param }, { ...o } as unknown as tf.NamedAttrMap) as T;
  }
  return tf.tidy(() => {
    const [m, v] = tf.unstack(moments, 1).map((x) => x.reshape(param.shape));
    let upd = tf.div(tf.div(m, o.c1), tf.add(tf.sqrt(tf.div(v, o.c2)), o.eps));
    if (o.weightDecay > 0) upd = tf.add(upd, tf.mul(param, o.weightDecay));
    return tf.sub(param, tf.mul(upd, o.lr)) as T;
  });
}
