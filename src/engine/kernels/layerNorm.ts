/**
 * LayerNorm over the last axis of x [N, d] as WebGPU kernels: one dispatch forward, three backward
 * (dx, dg, db: tfjs kernels have one output, and a [2, d] output would cost two slices to split).
 *
 *   NftLayerNorm:      y = (x - mean) rstd g + b,  rstd = 1 / sqrt(var + eps)      one thread per row
 *   NftLayerNormDx:    dx = rstd (dxhat - mean(dxhat) - xhat mean(dxhat xhat)),  dxhat = dy g
 *   NftLayerNormDg:    dg = sum over rows of dy xhat  (a workgroup per 64 columns; row statistics
 *                      computed 64 rows at a time into workgroup memory)
 *   NftColSum:         sum over rows of a [N, d] tensor (db here, and the bias gradient of dense)
 * Statistics are recomputed from x in the backward pass: nothing but x is saved.
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, registerWebGpuKernel, runProgram } from './webgpu';

export const LAYER_NORM = 'NftLayerNorm';
export const LAYER_NORM_DX = 'NftLayerNormDx';
export const LAYER_NORM_DG = 'NftLayerNormDg';
export const COL_SUM = 'NftColSum';

/** WGSL: mean and rstd of row r of x (d = uniforms.d). */
const ROW_STATS = `
fn rowStats(r : i32) -> vec2<f32> {
  let d = uniforms.d;
  let base = r * d;
  var s = 0.0;
  for (var j = 0; j < d; j++) { s = s + x[base + j]; }
  let mean = s / f32(d);
  var q = 0.0;
  for (var j = 0; j < d; j++) { let c = x[base + j] - mean; q = q + c * c; }
  return vec2<f32>(mean, inverseSqrt(q / f32(d) + uniforms.eps));
}`;

const FORWARD = `${ROW_STATS}
fn main(r : i32) {
  if (r < uniforms.rows) {
    let st = rowStats(r);
    let base = r * uniforms.d;
    for (var j = 0; j < uniforms.d; j++) {
      setOutputAtIndex(base + j, (x[base + j] - st.x) * st.y * g[j] + b[j]);
    }
  }
}`;

const DX = `${ROW_STATS}
fn main(r : i32) {
  if (r < uniforms.rows) {
    let st = rowStats(r);
    let d = uniforms.d;
    let base = r * d;
    var m1 = 0.0;
    var m2 = 0.0;
    for (var j = 0; j < d; j++) {
      let dxh = dy[base + j] * g[j];
      m1 = m1 + dxh;
      m2 = m2 + dxh * (x[base + j] - st.x) * st.y;
    }
    m1 = m1 / f32(d);
    m2 = m2 / f32(d);
    for (var j = 0; j < d; j++) {
      let xh = (x[base + j] - st.x) * st.y;
      setOutputAtIndex(base + j, st.y * ((dy[base + j] * g[j] - m1) - xh * m2));
    }
  }
}`;

const TILE = 64;
const DG = `${ROW_STATS}
var<workgroup> stats : array<vec2<f32>, ${TILE}>;
fn main(index : i32) {
  let t = i32(localId.x);
  let c = i32(workgroupId.x) * ${TILE} + t;
  var acc = 0.0;
  for (var r0 = 0; r0 < uniforms.rows; r0 = r0 + ${TILE}) {
    if (r0 + t < uniforms.rows) { stats[t] = rowStats(r0 + t); }
    workgroupBarrier();
    if (c < uniforms.d) {
      let end = min(${TILE}, uniforms.rows - r0);
      for (var i = 0; i < end; i++) {
        let k = (r0 + i) * uniforms.d + c;
        acc = acc + dy[k] * (x[k] - stats[i].x) * stats[i].y;
      }
    }
    workgroupBarrier();
  }
  if (c < uniforms.d) { setOutputAtIndex(c, acc); }
}`;

const COLSUM = `
fn main(c : i32) {
  if (c < uniforms.d) {
    var acc = 0.0;
    for (var r = 0; r < uniforms.rows; r++) { acc = acc + x[r * uniforms.d + c]; }
    setOutputAtIndex(c, acc);
  }
}`;

const dims = (x: tf.TensorInfo) => [
  { type: 'int32' as const, data: [x.shape[0]] },
  { type: 'int32' as const, data: [x.shape[1]] },
];
const ROWS_D = 'rows : i32, d : i32,';

registerWebGpuKernel(LAYER_NORM, ({ inputs, backend, attrs }) => {
  const { x, g, b } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: LAYER_NORM,
    outputShape: x.shape,
    inputs: ['x', 'g', 'b'],
    threads: x.shape[0],
    code: FORWARD,
    uniforms: `${ROWS_D} eps : f32,`,
  });
  return runProgram(backend, p, [x, g, b], [...dims(x), f32(attrs?.eps as number)]);
});

registerWebGpuKernel(LAYER_NORM_DX, ({ inputs, backend, attrs }) => {
  const { dy, x, g } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: LAYER_NORM_DX,
    outputShape: x.shape,
    inputs: ['dy', 'x', 'g'],
    threads: x.shape[0],
    code: DX,
    uniforms: `${ROWS_D} eps : f32,`,
  });
  return runProgram(backend, p, [dy, x, g], [...dims(x), f32(attrs?.eps as number)]);
});

registerWebGpuKernel(LAYER_NORM_DG, ({ inputs, backend, attrs }) => {
  const { dy, x } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: LAYER_NORM_DG,
    outputShape: [x.shape[1]],
    inputs: ['dy', 'x'],
    threads: Math.ceil(x.shape[1] / TILE) * TILE,
    workgroup: TILE,
    code: DG,
    uniforms: `${ROWS_D} eps : f32,`,
  });
  return runProgram(backend, p, [dy, x], [...dims(x), f32(attrs?.eps as number)]);
});

registerWebGpuKernel(COL_SUM, ({ inputs, backend }) => {
  const { x } = inputs as Record<string, tf.TensorInfo>;
  const p = flatProgram({
    key: COL_SUM,
    outputShape: [x.shape[1]],
    inputs: ['x'],
    threads: x.shape[1],
    code: COLSUM,
    uniforms: ROWS_D,
  });
  return runProgram(backend, p, [x], dims(x));
});

const run = (name: string, inputs: tf.NamedTensorMap, attrs: tf.NamedAttrMap = {}) =>
  tf.engine().runKernel(name, inputs, attrs) as tf.Tensor;

/** Sum over rows on WebGPU (only while fusedOn(COL_SUM)).  [N, d] -> [d] */
export function gpuColSum(x: tf.Tensor2D): tf.Tensor1D {
  return run(COL_SUM, { x }) as tf.Tensor1D;
}

/** LayerNorm through the kernels above, with its gradient (only while fusedOn(LAYER_NORM)). */
export function gpuLayerNorm(x: tf.Tensor2D, g: tf.Tensor1D, b: tf.Tensor1D, eps: number): tf.Tensor2D {
  const f = tf.customGrad((xi, gi, bi, save) => {
    (save as tf.GradSaveFunc)([xi as tf.Tensor, gi as tf.Tensor]);
    return {
      value: run(LAYER_NORM, { x: xi as tf.Tensor, g: gi as tf.Tensor, b: bi as tf.Tensor }, { eps }),
      gradFunc: (dy: tf.Tensor, [sx, sg]: tf.Tensor[]) => [
        run(LAYER_NORM_DX, { dy, x: sx, g: sg }, { eps }),
        run(LAYER_NORM_DG, { dy, x: sx }, { eps }),
        run(COL_SUM, { x: dy }),
      ],
    };
  });
  return f(x, g, b) as tf.Tensor2D;
}

export const layerNormFused = () => fusedOn(LAYER_NORM);
export const colSumFused = () => fusedOn(COL_SUM);
