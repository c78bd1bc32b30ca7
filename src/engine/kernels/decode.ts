/**
 * Kernels of the sampling path's decode step (one new token per row, forward only): each takes the place
 * of several tfjs ops, so that a generated token costs 14 dispatches instead of 30 (default model).
 *
 *   NftDecodeDense:  y = act(LN?(x) W + b) + res? (+ a value in one column), one thread per output
 *                    element; the row's LayerNorm statistics are recomputed by each thread (d is tiny).
 *                    Replaces LayerNorm + matMul + residual add (+ the head's PAD mask). (Three weight
 *                    inputs for q, k and v would pass WebGPU's 8 storage buffers a stage: the decode
 *                    step takes them concatenated, once per generate call.)
 *   NftDecodeMlp:    x + ReLU(LN(x) W1 + b1) W2 + b2, a workgroup of 64 threads per row: the normalized row
 *                    and then the hidden units go through workgroup memory (the MLP's three dispatches in
 *                    one; its 7 inputs and the output are WebGPU's 8 storage buffers a stage).
 *   NftCacheAppend:  the key/value cache [t, B*H, hd] grown by one time step taken from columns
 *                    [offset, offset + d) of a [B, S] tensor (the k or v part of the fused q|k|v), where
 *                    a reshape, a slice and a concat stood.
 * Neither has a gradient: the decode step only samples. Registered for 'webgpu' only.
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const DECODE_DENSE = 'NftDecodeDense';
export const CACHE_APPEND = 'NftCacheAppend';
export const DECODE_MLP = 'NftDecodeMlp';

interface DenseAttrs {
  ln: boolean;
  relu: boolean;
  residual: boolean;
  /** Column that gets `maskValue` added (-1: none). */
  maskCol: number;
  maskValue: number;
  eps: number;
}

function denseCode(a: DenseAttrs): string {
  const xn = a.ln ? '(x[base + p] - mean) * rstd * g[p] + beta[p]' : 'x[base + p]';
  const stats = a.ln
    ? `
    var s = 0.0;
    for (var p = 0; p < K; p++) { s = s + x[base + p]; }
    let mean = s / f32(K);
    var q = 0.0;
    for (var p = 0; p < K; p++) { let dv = x[base + p] - mean; q = q + dv * dv; }
    let rstd = inverseSqrt(q / f32(K) + uniforms.eps);`
    : '';
  return `
fn main(i : i32) {
  if (i < uniforms.size) {
    let K = uniforms.k;
    let n = uniforms.n;
    let r = i / n;
    let j = i % n;
    let base = r * K;${stats}
    var acc = 0.0;
    for (var p = 0; p < K; p++) { acc = acc + (${xn}) * w[p * n + j]; }
    acc = acc + b[j];
    ${a.relu ? 'acc = max(acc, 0.0);' : ''}
    ${a.residual ? 'acc = res[i] + acc;' : ''}
    if (j == uniforms.maskCol) { acc = acc + uniforms.maskValue; }
    setOutputAtIndex(i, acc);
  }
}`;
}

registerWebGpuKernel(DECODE_DENSE, ({ inputs, backend, attrs }) => {
  const a = attrs as unknown as DenseAttrs;
  const ins = inputs as Record<string, tf.TensorInfo>;
  const names = ['x', 'w', 'b', ...(a.ln ? ['g', 'beta'] : []), ...(a.residual ? ['res'] : [])];
  const [rows, K] = ins.x.shape;
  const n = ins.w.shape[1];
  const p = flatProgram({
    key: `${DECODE_DENSE}_${a.ln}_${a.relu}_${a.residual}`,
    outputShape: [rows, n],
    inputs: names,
    threads: rows * n,
    code: denseCode(a),
    uniforms: 'k : i32, n : i32, maskCol : i32, maskValue : f32, eps : f32,',
  });
  return runProgram(
    backend,
    p,
    names.map((k) => ins[k]),
    [i32(K), i32(n), i32(a.maskCol), f32(a.maskValue), f32(a.eps)],
  );
});

const APPEND = `
fn main(i : i32) {
  if (i < uniforms.size) {
    if (i < uniforms.old) {
      setOutputAtIndex(i, cache[i]);
    } else {
      let k = i - uniforms.old;
      setOutputAtIndex(i, src[(k / uniforms.d) * uniforms.stride + uniforms.offset + k % uniforms.d]);
    }
  }
}`;

registerWebGpuKernel(CACHE_APPEND, ({ inputs, backend, attrs }) => {
  const { cache, src } = inputs as Record<string, tf.TensorInfo>;
  const [t, BH, hd] = cache.shape;
  const [B, S] = src.shape;
  const d = (BH * hd) / B;
  const p = flatProgram({
    key: CACHE_APPEND,
    outputShape: [t + 1, BH, hd],
    inputs: ['cache', 'src'],
    threads: (t + 1) * BH * hd,
    code: APPEND,
    uniforms: 'old : i32, d : i32, stride : i32, offset : i32,',
  });
  const u = [i32(t * BH * hd), i32(d), i32(S), i32(attrs?.offset as number)];
  return runProgram(backend, p, [cache, src], u);
});

const WG = 64;
function mlpCode(d: number, hidden: number): string {
  return `
const D = ${d};
const HID = ${hidden};
var<workgroup> xn : array<f32, D>;
var<workgroup> hs : array<f32, HID>;
fn main(index : i32) {
  let t = i32(localId.x);
  let base = i32(workgroupId.x) * D;
  var s = 0.0;
  for (var p = 0; p < D; p++) { s = s + x[base + p]; }
  let mean = s / f32(D);
  var q = 0.0;
  for (var p = 0; p < D; p++) { let dv = x[base + p] - mean; q = q + dv * dv; }
  let rstd = inverseSqrt(q / f32(D) + uniforms.eps);
  for (var p = t; p < D; p = p + ${WG}) { xn[p] = (x[base + p] - mean) * rstd * g[p] + beta[p]; }
  workgroupBarrier();
  for (var j = t; j < HID; j = j + ${WG}) {
    var acc = 0.0;
    for (var p = 0; p < D; p++) { acc = acc + xn[p] * w1[p * HID + j]; }
    hs[j] = max(acc + b1[j], 0.0);
  }
  workgroupBarrier();
  for (var j = t; j < D; j = j + ${WG}) {
    var acc = 0.0;
    for (var p = 0; p < HID; p++) { acc = acc + hs[p] * w2[p * D + j]; }
    setOutputAtIndex(base + j, x[base + j] + (acc + b2[j]));
  }
}`;
}

registerWebGpuKernel(DECODE_MLP, ({ inputs, backend, attrs }) => {
  const ins = inputs as Record<string, tf.TensorInfo>;
  const names = ['x', 'g', 'beta', 'w1', 'b1', 'w2', 'b2'];
  const [rows, d] = ins.x.shape;
  const hidden = ins.w1.shape[1];
  const p = flatProgram({
    key: `${DECODE_MLP}_${d}_${hidden}`,
    outputShape: [rows, d],
    inputs: names,
    threads: rows * WG,
    workgroup: WG,
    code: mlpCode(d, hidden),
    uniforms: 'eps : f32,',
  });
  return runProgram(
    backend,
    p,
    names.map((k) => ins[k]),
    [f32(attrs?.eps as number)],
  );
});

export const decodeKernelsOn = () => fusedOn(DECODE_DENSE) && fusedOn(CACHE_APPEND) && fusedOn(DECODE_MLP);

/** x + ReLU(LN(x) W1 + b1) W2 + b2 (LayerNorm's eps 1e-5), x [B, d] -> [B, d]. Only while decodeKernelsOn(). */
export function gpuDecodeMlp(
  x: tf.Tensor2D,
  ln: { g: tf.Tensor1D; b: tf.Tensor1D },
  w1: tf.Tensor2D,
  b1: tf.Tensor1D,
  w2: tf.Tensor2D,
  b2: tf.Tensor1D,
): tf.Tensor2D {
  const inputs = { x, g: ln.g, beta: ln.b, w1, b1, w2, b2 };
  return tf.engine().runKernel(DECODE_MLP, inputs, { eps: 1e-5 }) as tf.Tensor2D;
}

export interface DecodeDenseOptions {
  /** LayerNorm of x first, with these gain and bias (eps 1e-5, as ops.layerNorm). */
  ln?: { g: tf.Tensor1D; b: tf.Tensor1D };
  relu?: boolean;
  /** Added after the activation (the residual stream). */
  residual?: tf.Tensor2D;
  /** `value` added in column `col` of the output (the head's PAD column). */
  mask?: { col: number; value: number };
}

/**
 * act(LN?(x) W + b) + residual (+ value in one column), x [B, K], W [K, n], b [n] -> [B, n].
 * Forward only; only while decodeKernelsOn().
 */
export function gpuDecodeDense(
  x: tf.Tensor2D,
  w: tf.Tensor2D,
  b: tf.Tensor1D,
  o: DecodeDenseOptions = {},
): tf.Tensor2D {
  const inputs: tf.NamedTensorMap = { x, w, b };
  if (o.ln) Object.assign(inputs, { g: o.ln.g, beta: o.ln.b });
  if (o.residual) inputs.res = o.residual;
  const attrs: DenseAttrs = {
    ln: o.ln !== undefined,
    relu: o.relu === true,
    residual: o.residual !== undefined,
    maskCol: o.mask?.col ?? -1,
    maskValue: o.mask?.value ?? 0,
    eps: 1e-5,
  };
  return tf.engine().runKernel(DECODE_DENSE, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor2D;
}

/** cache [t, B*H, hd] with src[:, offset : offset + H*hd] appended as time step t -> [t+1, B*H, hd]. */
export function gpuCacheAppend(cache: tf.Tensor3D, src: tf.Tensor2D, offset: number): tf.Tensor3D {
  return tf.engine().runKernel(CACHE_APPEND, { cache, src }, { offset }) as tf.Tensor3D;
}
