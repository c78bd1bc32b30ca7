/**
 * AdamW's update as WebGPU kernels, with every step-dependent constant in the dispatch's uniforms (no
 * scalar tensor is uploaded per step):
 *
 *   NftAdamMoments: [m, v] <- [b1 m + (1 - b1) g s, b2 v + (1 - b2) (g s)^2],  s = min(1, clip / (norm + 1e-6))
 *   NftAdamApply:   p <- p - lr ((m / c1) / (sqrt(v / c2) + eps) + wd p),       c1 = 1 - b1^t, c2 = 1 - b2^t
 *
 * The moments of a group of up to GROUP variables live in one tensor [n, 2] (m and v interleaved, the
 * variables one after another): one dispatch updates a group's moments, then one per variable its
 * weights (reading its slice of the group's moments). GROUP gradients, the moments and the norm are 7
 * storage buffers, the output the 8th: SwiftShader's limit per shader stage.
 * `norm` is the global gradient norm (a [1] tensor, see sumSquares.ts); clipping happens inside the
 * moments kernel. On other backends (or with fusion off) the same formulas run as tfjs ops.
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const ADAM_MOMENTS = 'NftAdamMoments';
export const ADAM_APPLY = 'NftAdamApply';
/** Variables per moments tensor. */
export const GROUP = 5;

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

/** WGSL for a group of k gradients: thread `index` reads the one its place in the group falls in. */
function momentsCode(k: number): string {
  const branches = Array.from({ length: k }, (_, j) => {
    const read = `gr = g${j}[index - uniforms.o${j}];`;
    if (j === k - 1) return j === 0 ? read : `{ ${read} }`;
    return `if (index < uniforms.o${j + 1}) { ${read} }`;
  }).join(' else ');
  return `
fn main(index : i32) {
  if (index < uniforms.size) {
    var s = 1.0;
    if (uniforms.clip > 0.0) { s = min(1.0, uniforms.clip / (norm[0] + 1e-6)); }
    var gr = 0.0;
    ${branches}
    let g = gr * s;
    let mv = moments[index];
    setOutputAtIndex(index, vec2<f32>(mv.x * uniforms.b1 + g * uniforms.ob1, mv.y * uniforms.b2 + (g * g) * uniforms.ob2));
  }
}`;
}

const APPLY_CODE = `
fn main(index : i32) {
  if (index < uniforms.size) {
    let mv = moments[index + uniforms.offset];
    let p = param[index];
    let upd = (mv.x / uniforms.c1) / (sqrt(mv.y / uniforms.c2) + uniforms.eps) + uniforms.wd * p;
    setOutputAtIndex(index, p - upd * uniforms.lr);
  }
}`;

const sizeOf = (t: tf.TensorInfo) => t.shape.reduce((a, b) => a * b, 1);

registerWebGpuKernel(ADAM_MOMENTS, ({ inputs, backend, attrs }) => {
  const { moments, norm } = inputs as Record<string, tf.TensorInfo>;
  const grads = Object.keys(inputs)
    .filter((n) => /^g\d$/.test(n))
    .sort()
    .map((n) => inputs[n] as tf.TensorInfo);
  const o = attrs as unknown as MomentsOptions;
  const k = grads.length;
  const sizes = grads.map(sizeOf);
  const offsets = sizes.map((_, j) => sizes.slice(0, j).reduce((a, b) => a + b, 0));
  const n = sizes.reduce((a, b) => a + b, 0);
  const names = grads.map((_, j) => `g${j}`);
  const program = flatProgram({
    key: `${ADAM_MOMENTS}_${k}`,
    outputShape: [n, 2],
    inputs: [...names, 'moments', 'norm'],
    threads: n,
    code: momentsCode(k),
    uniforms: `b1 : f32, ob1 : f32, b2 : f32, ob2 : f32, clip : f32, ${names.map((_, j) => `o${j} : i32,`).join(' ')}`,
    outputComponent: 2,
    variableComponents: [...names.map(() => 1), 2, 1],
  });
  const u = [f32(o.beta1), f32(1 - o.beta1), f32(o.beta2), f32(1 - o.beta2), f32(o.clipNorm)];
  for (let j = 0; j < k; j++) u.push(i32(offsets[j]));
  return runProgram(backend, program, [...grads, moments, norm], u);
});

registerWebGpuKernel(ADAM_APPLY, ({ inputs, backend, attrs }) => {
  const { moments, param } = inputs as Record<string, tf.TensorInfo>;
  const o = attrs as unknown as ApplyOptions & { offset: number };
  const n = param.shape.reduce((a, b) => a * b, 1);
  const program = flatProgram({
    key: ADAM_APPLY,
    outputShape: param.shape,
    inputs: ['moments', 'param'],
    threads: n,
    code: APPLY_CODE,
    uniforms: 'lr : f32, c1 : f32, c2 : f32, eps : f32, wd : f32, offset : i32,',
    variableComponents: [2, 1],
  });
  const u = [f32(o.lr), f32(o.c1), f32(o.c2), f32(o.eps), f32(o.weightDecay), i32(o.offset)];
  return runProgram(backend, program, [moments, param], u);
});

function clipScale(norm: tf.Tensor, clipNorm: number): tf.Tensor {
  return clipNorm > 0 ? tf.minimum(1, tf.div(clipNorm, tf.add(norm, 1e-6))) : tf.scalar(1);
}

/**
 * New moments [n, 2] of a group of up to GROUP variables (n = their total size, in order) from the old
 * ones, their gradients and the global norm [1].
 */
export function adamMoments(
  moments: tf.Tensor2D,
  grads: tf.Tensor[],
  norm: tf.Tensor,
  o: MomentsOptions,
): tf.Tensor2D {
  if (grads.length < 1 || grads.length > GROUP) throw new Error(`adamMoments: 1 to ${GROUP} gradients`);
  if (fusedOn(ADAM_MOMENTS)) {
    const ins: tf.NamedTensorMap = { moments, norm: norm.reshape([1]) };
    grads.forEach((g, j) => {
      ins[`g${j}`] = g;
    });
    return tf.engine().runKernel(ADAM_MOMENTS, ins, { ...o } as unknown as tf.NamedAttrMap) as tf.Tensor2D;
  }
  return tf.tidy(() => {
    const flat = grads.map((g) => g.reshape([-1]));
    const g = tf.mul(flat.length > 1 ? tf.concat(flat) : flat[0], clipScale(norm.reshape([]), o.clipNorm));
    const [m, v] = tf.unstack(moments, 1);
    const m2 = tf.add(tf.mul(m, o.beta1), tf.mul(g, 1 - o.beta1));
    const v2 = tf.add(tf.mul(v, o.beta2), tf.mul(tf.square(g), 1 - o.beta2));
    return tf.stack([m2, v2], 1) as tf.Tensor2D;
  });
}

/** The variable's new value from its slice [offset, offset + size) of a group's moments: same shape as `param`. */
export function adamApply<T extends tf.Tensor>(
  moments: tf.Tensor2D,
  offset: number,
  param: T,
  o: ApplyOptions,
): T {
  if (fusedOn(ADAM_APPLY)) {
    const attrs = { ...o, offset } as unknown as tf.NamedAttrMap;
    return tf.engine().runKernel(ADAM_APPLY, { moments, param }, attrs) as T;
  }
  return tf.tidy(() => {
    const mine = tf.slice(moments, [offset, 0], [param.size, 2]);
    const [m, v] = tf.unstack(mine, 1).map((x) => x.reshape(param.shape));
    let upd = tf.div(tf.div(m, o.c1), tf.add(tf.sqrt(tf.div(v, o.c2)), o.eps));
    if (o.weightDecay > 0) upd = tf.add(upd, tf.mul(param, o.weightDecay));
    return tf.sub(param, tf.mul(upd, o.lr)) as T;
  });
}
