/**
 * Causal multi-head attention of one layer as WebGPU kernels, reading q, k, v in the dense layers'
 * layout ([N, d], row b*T + t, head h in columns h*hd .. h*hd + hd - 1) and writing y in the same
 * layout: no transposes. One dispatch forward, four backward.
 *
 *   scores[t, s] = sum_j (q[t, j] scale) k[s, j] + (causal[t, s] + keyBias[b, s]),  causal = MASKED above the diagonal
 *   P = softmax over s,  y[t] = sum_s P[t, s] v[s]
 * The mask is added exactly as the unfused path adds it (every key, MASKED above the diagonal), so rows
 * whose keys are all masked (left padding) come out the same too.
 *
 *   NftAttention:     one thread per (b, h, t): P's row by max and sum, then y's hd values
 *   NftAttentionPdS:  one thread per (b, h, t): [P, dS] for every key, dS = P (dP - sum_s P dP), dP = dy . v
 *   NftAttentionDq:   dq[t, j] = scale sum_s dS[t, s] k[s, j]      one thread per element
 *   NftAttentionDk:   dk[s, j] = scale sum_t dS[t, s] q[t, j]
 *   NftAttentionDv:   dv[s, j] = sum_t P[t, s] dy[t, j]
 *   NftAttentionDecode: one new query per row against the key/value cache (time-major [t, B*H, hd]),
 *                     with the key bias; one thread per (b, h)
 * T and hd are baked into each shader (private arrays), so each (T, hd) compiles its own programs.
 */
import * as tf from '@tensorflow/tfjs';
import { f32, flatProgram, fusedOn, i32, registerWebGpuKernel, runProgram } from './webgpu';

export const ATTENTION = 'NftAttention';
export const ATTENTION_PDS = 'NftAttentionPdS';
export const ATTENTION_DQ = 'NftAttentionDq';
export const ATTENTION_DK = 'NftAttentionDk';
export const ATTENTION_DV = 'NftAttentionDv';
export const ATTENTION_DECODE = 'NftAttentionDecode';
export const MASKED = -1e9;

interface Dims {
  B: number;
  T: number;
  H: number;
}

/** WGSL: index helpers and the score of query t against key s for (b, h). */
function common(T: number, hd: number, withBias: boolean): string {
  return `
const T = ${T};
const HD = ${hd};
fn at(b : i32, t : i32, h : i32) -> i32 { return (b * T + t) * uniforms.d + h * HD; }
fn score(b : i32, h : i32, t : i32, s : i32) -> f32 {
  let qi = at(b, t, h);
  let ki = at(b, s, h);
  var acc = 0.0;
  for (var j = 0; j < HD; j++) { acc = acc + (q[qi + j] * uniforms.scale) * k[ki + j]; }
  var m = 0.0;
  if (s > t) { m = ${MASKED.toExponential()}; }
  ${withBias ? 'm = m + kb[b * T + s];' : ''}
  return acc + m;
}
fn probs(b : i32, h : i32, t : i32, p : ptr<function, array<f32, T>>) {
  var mx = -3.0e38;
  for (var s = 0; s < T; s++) { let x = score(b, h, t, s); (*p)[s] = x; mx = max(mx, x); }
  var sum = 0.0;
  for (var s = 0; s < T; s++) { let e = exp((*p)[s] - mx); (*p)[s] = e; sum = sum + e; }
  for (var s = 0; s < T; s++) { (*p)[s] = (*p)[s] / sum; }
}`;
}

/** Thread r in [0, B H T) -> (b, h, t). */
const ROW = `
  let t = r % T;
  let h = (r / T) % uniforms.heads;
  let b = r / (T * uniforms.heads);`;

function forwardCode(T: number, hd: number, withBias: boolean): string {
  return `${common(T, hd, withBias)}
fn main(r : i32) {
  if (r < uniforms.rows) {
    ${ROW}
    var p : array<f32, T>;
    probs(b, h, t, &p);
    let o = at(b, t, h);
    for (var j = 0; j < HD; j++) {
      var acc = 0.0;
      for (var s = 0; s < T; s++) { acc = acc + p[s] * v[at(b, s, h) + j]; }
      setOutputAtIndex(o + j, acc);
    }
  }
}`;
}

function pdsCode(T: number, hd: number, withBias: boolean): string {
  return `${common(T, hd, withBias)}
fn main(r : i32) {
  if (r < uniforms.rows) {
    ${ROW}
    var p : array<f32, T>;
    probs(b, h, t, &p);
    var dp : array<f32, T>;
    let yi = at(b, t, h);
    var dsum = 0.0;
    for (var s = 0; s < T; s++) {
      let vi = at(b, s, h);
      var acc = 0.0;
      for (var j = 0; j < HD; j++) { acc = acc + dy[yi + j] * v[vi + j]; }
      dp[s] = acc;
      dsum = dsum + p[s] * acc;
    }
    for (var s = 0; s < T; s++) { setOutputAtIndex(r * T + s, vec2<f32>(p[s], p[s] * (dp[s] - dsum))); }
  }
}`;
}

/** dq (mode 0), dk (mode 1) or dv (mode 2): one thread per element of the [N, d] result. */
function gradCode(T: number, hd: number, mode: 0 | 1 | 2): string {
  const other = ['k', 'q', 'dy'][mode];
  const term =
    mode === 0
      ? `pds[((b * uniforms.heads + h) * T + t) * T + s].y * ${other}[(b * T + s) * uniforms.d + c]`
      : `pds[((b * uniforms.heads + h) * T + s) * T + t].${mode === 1 ? 'y' : 'x'} * ${other}[(b * T + s) * uniforms.d + c]`;
  return `
const T = ${T};
const HD = ${hd};
fn main(i : i32) {
  if (i < uniforms.size) {
    let c = i % uniforms.d;
    let n = i / uniforms.d;
    let t = n % T;
    let b = n / T;
    let h = c / HD;
    var acc = 0.0;
    for (var s = 0; s < T; s++) { acc = acc + ${term}; }
    setOutputAtIndex(i, acc${mode === 2 ? '' : ' * uniforms.scale'});
  }
}`;
}

const dimsOf = (attrs: tf.NamedAttrMap | undefined) => attrs as unknown as Dims;

function uniformsFor(q: tf.TensorInfo, { B, T, H }: Dims) {
  const d = q.shape[1];
  return {
    decl: 'rows : i32, heads : i32, d : i32, scale : f32,',
    values: [i32(B * H * T), i32(H), i32(d), f32(1 / Math.sqrt(d / H))],
    hd: d / H,
  };
}

registerWebGpuKernel(ATTENTION, ({ inputs, backend, attrs }) => {
  const { q, k, v, kb } = inputs as Record<string, tf.TensorInfo>;
  const dims = dimsOf(attrs);
  const u = uniformsFor(q, dims);
  const names = ['q', 'k', 'v', ...(kb ? ['kb'] : [])];
  const p = flatProgram({
    key: `${ATTENTION}_${dims.T}_${u.hd}_${kb ? 'kb' : ''}`,
    outputShape: q.shape,
    inputs: names,
    threads: dims.B * dims.H * dims.T,
    code: forwardCode(dims.T, u.hd, kb !== undefined),
    uniforms: u.decl,
  });
  return runProgram(backend, p, kb ? [q, k, v, kb] : [q, k, v], u.values);
});

registerWebGpuKernel(ATTENTION_PDS, ({ inputs, backend, attrs }) => {
  const { dy, q, k, v, kb } = inputs as Record<string, tf.TensorInfo>;
  const dims = dimsOf(attrs);
  const u = uniformsFor(q, dims);
  const p = flatProgram({
    key: `${ATTENTION_PDS}_${dims.T}_${u.hd}_${kb ? 'kb' : ''}`,
    outputShape: [dims.B * dims.H * dims.T, dims.T, 2],
    inputs: ['dy', 'q', 'k', 'v', ...(kb ? ['kb'] : [])],
    threads: dims.B * dims.H * dims.T,
    code: pdsCode(dims.T, u.hd, kb !== undefined),
    uniforms: u.decl,
    outputComponent: 2,
    variableComponents: kb ? [1, 1, 1, 1, 1] : [1, 1, 1, 1],
  });
  return runProgram(backend, p, kb ? [dy, q, k, v, kb] : [dy, q, k, v], u.values);
});

for (const [name, mode] of [
  [ATTENTION_DQ, 0],
  [ATTENTION_DK, 1],
  [ATTENTION_DV, 2],
] as const) {
  registerWebGpuKernel(name, ({ inputs, backend, attrs }) => {
    const { pds, x } = inputs as Record<string, tf.TensorInfo>;
    const dims = dimsOf(attrs);
    const u = uniformsFor(x, dims);
    const other = ['k', 'q', 'dy'][mode];
    const p = flatProgram({
      key: `${name}_${dims.T}_${u.hd}`,
      outputShape: x.shape,
      inputs: ['pds', other],
      threads: x.shape[0] * x.shape[1],
      code: gradCode(dims.T, u.hd, mode),
      uniforms: u.decl,
      variableComponents: [2, 1],
    });
    return runProgram(backend, p, [pds, x], u.values);
  });
}

function decodeCode(hd: number): string {
  return `
const HD = ${hd};
fn main(r : i32) {
  if (r < uniforms.rows) {
    let h = r % uniforms.heads;
    let b = r / uniforms.heads;
    let tk = uniforms.keys;
    let qi = b * uniforms.qs + h * HD;
    var mx = -3.0e38;
    for (var s = 0; s < tk; s++) {
      let ki = (s * uniforms.rows + r) * HD;
      var acc = 0.0;
      for (var j = 0; j < HD; j++) { acc = acc + (q[qi + j] * uniforms.scale) * kc[ki + j]; }
      mx = max(mx, acc + kb[b * tk + s]);
    }
    var sum = 0.0;
    var y : array<f32, HD>;
    for (var s = 0; s < tk; s++) {
      let ki = (s * uniforms.rows + r) * HD;
      var acc = 0.0;
      for (var j = 0; j < HD; j++) { acc = acc + (q[qi + j] * uniforms.scale) * kc[ki + j]; }
      let e = exp(acc + kb[b * tk + s] - mx);
      sum = sum + e;
      for (var j = 0; j < HD; j++) { y[j] = y[j] + e * vc[ki + j]; }
    }
    for (var j = 0; j < HD; j++) { setOutputAtIndex(b * uniforms.d + h * HD + j, y[j] / sum); }
  }
}`;
}

registerWebGpuKernel(ATTENTION_DECODE, ({ inputs, backend, attrs }) => {
  const { q, kc, vc, kb } = inputs as Record<string, tf.TensorInfo>;
  const H = (attrs as unknown as { H: number }).H;
  const [B, qs] = q.shape;
  const [, BH, hd] = kc.shape; // q's row may be wider than H * hd: the q part of a fused q|k|v
  const d = (BH / B) * hd;
  const p = flatProgram({
    key: `${ATTENTION_DECODE}_${hd}`,
    outputShape: [B, d],
    inputs: ['q', 'kc', 'vc', 'kb'],
    threads: B * H,
    code: decodeCode(hd),
    uniforms: 'rows : i32, heads : i32, d : i32, qs : i32, keys : i32, scale : f32,',
  });
  const u = [i32(B * H), i32(H), i32(d), i32(qs), i32(kc.shape[0]), f32(1 / Math.sqrt(hd))];
  return runProgram(backend, p, [q, kc, vc, kb], u);
});

/**
 * One decoding step's attention: q [B, d] (the new tokens; or [B, S] whose first d columns are q, as in
 * a fused q|k|v), the cache k, v [t, B*H, hd] (the new token's included), keyBias [B, t] -> [B, d].
 * Forward only (sampling). Only while attentionFused().
 */
export function gpuDecodeAttention(
  q: tf.Tensor2D,
  kc: tf.Tensor3D,
  vc: tf.Tensor3D,
  keyBias: tf.Tensor2D,
  H: number,
): tf.Tensor2D {
  return tf.engine().runKernel(ATTENTION_DECODE, { q, kc, vc, kb: keyBias }, { H }) as tf.Tensor2D;
}

const run = (name: string, inputs: tf.NamedTensorMap, dims: Dims) =>
  tf.engine().runKernel(name, inputs, { ...dims } as unknown as tf.NamedAttrMap) as tf.Tensor;

export const attentionFused = () => fusedOn(ATTENTION);

/**
 * softmax(q k^T / sqrt(hd) + causal + keyBias) v per head, for q, k, v [B*T, d] in the dense layout;
 * keyBias [B, T] (0 or MASKED) or none. Differentiable in q, k and v. Only while attentionFused().
 */
export function gpuAttention(
  q: tf.Tensor2D,
  k: tf.Tensor2D,
  v: tf.Tensor2D,
  keyBias: tf.Tensor2D | undefined,
  dims: Dims,
): tf.Tensor2D {
  const withBias = (ins: tf.NamedTensorMap, kb?: tf.Tensor) => (kb ? { ...ins, kb } : ins);
  const f = tf.customGrad((qi, ki, vi, save) => {
    // the key bias is saved too: a tensor only captured here is disposed before the backward pass runs
    (save as tf.GradSaveFunc)([
      qi as tf.Tensor,
      ki as tf.Tensor,
      vi as tf.Tensor,
      ...(keyBias ? [keyBias] : []),
    ]);
    return {
      value: run(
        ATTENTION,
        withBias({ q: qi as tf.Tensor, k: ki as tf.Tensor, v: vi as tf.Tensor }, keyBias),
        dims,
      ),
      gradFunc: (dy: tf.Tensor, [sq, sk, sv, skb]: tf.Tensor[]) => {
        const pds = run(ATTENTION_PDS, withBias({ dy, q: sq, k: sk, v: sv }, skb), dims);
        return [
          run(ATTENTION_DQ, { pds, x: sk }, dims),
          run(ATTENTION_DK, { pds, x: sq }, dims),
          run(ATTENTION_DV, { pds, x: dy }, dims),
        ];
      },
    };
  });
  return f(q, k, v) as tf.Tensor2D;
}
