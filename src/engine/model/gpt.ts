/**
 * A decoder-only transformer (GPT-2 layout, pre-LayerNorm), written directly on tfjs ops.
 *
 *   x_0   = wte[ids] + wpe[pos]                                 [N, d]   (N = B * T)
 *   x    += Attn(LN1(x)),  x += MLP(LN2(x))                      per block
 *   Attn  = softmax(q k^T / sqrt(hd) + causal + keyBias) v,  heads H, hd = d / H
 *   MLP   = ReLU(x W1 + b1) W2 + b2   (ReLU, not GELU: tanh is ~7x slower than ReLU on wasm)
 *   logits = LN_f(x) W_head + b_head                             [N, V]
 *
 * Two entry points: `forward` over whole sequences (training, log-probs, prefill of the key/value
 * cache) and `decodeStep`, which appends one token per row to the cache, so a sampled token costs one
 * position instead of the whole prefix. Left-padded rows (prompts of different lengths) are handled by
 * per-token positions and a per-key bias that hides the padding, so a row's numbers do not depend on
 * how much padding sits before it.
 */
import * as tf from '@tensorflow/tfjs';
import { attentionFused, gpuAttention, gpuDecodeAttention } from '../kernels/attention';
import { embedFused, gpuEmbed } from '../kernels/embed';
import { gpuMaskColumn, maskColumnFused } from '../kernels/maskColumn';
import { PAD } from '../tokenizer';
import { assertValidModelConfig, type ModelConfig } from './config';
import { type DecodeWeights, decodeGpuOn, decodeStepGpu } from './decodeGpu';
import { bmm, dense, denseRelu, embed, layerNorm } from './ops';
import { initialValues, makeParams, type Params } from './params';

/**
 * Cached keys and values of one layer, time-major: k [t, B*H, hd], v [t, B*H, hd]. Appending a step
 * is then a concat along axis 0 (a plain copy); on wasm a concat along any other axis is 10x slower.
 */
export interface LayerCache {
  k: tf.Tensor3D;
  v: tf.Tensor3D;
}

export const MASKED = -1e9;

export class Gpt {
  constructor(
    readonly config: ModelConfig,
    readonly params: Params,
  ) {
    assertValidModelConfig(config);
  }

  /** A fresh model whose weights depend only on (config, seed): identical on every backend. */
  static init(config: ModelConfig, seed: number): Gpt {
    return new Gpt(config, makeParams(config, initialValues(config, seed)));
  }

  p(name: string): tf.Variable {
    const v = this.params.get(name);
    if (!v) throw new Error(`model has no parameter ${name}`);
    return v;
  }

  variables(): tf.Variable[] {
    return [...this.params.values()];
  }

  /** Current weights as plain arrays (for checkpoints and copies between arms). */
  async values(): Promise<Map<string, Float32Array>> {
    const out = new Map<string, Float32Array>();
    for (const [name, v] of this.params) out.set(name, ((await v.data()) as Float32Array).slice());
    return out;
  }

  /**
   * A copy of the weights as they are now, taken without an await: a training step that runs between
   * the awaits of other work cannot land halfway through it. Variables are copied on write (assign), so
   * later updates of this model leave the copy as it was. Not trainable; dispose it.
   */
  frozenCopy(): Gpt {
    const params: Params = new Map();
    for (const [name, v] of this.params) params.set(name, tf.variable(v, false));
    return new Gpt({ ...this.config }, params);
  }

  /** A copy with its own variables. */
  async clone(): Promise<Gpt> {
    return new Gpt({ ...this.config }, makeParams(this.config, await this.values()));
  }

  dispose(): void {
    for (const v of this.params.values()) v.dispose();
    this.params.clear();
  }
}

const causalCache = new Map<number, Float32Array>();
/** [T, T] additive mask: 0 on and below the diagonal, MASKED above. */
function causalBias(t: number): tf.Tensor2D {
  let m = causalCache.get(t);
  if (!m) {
    m = new Float32Array(t * t);
    for (let i = 0; i < t; i++) for (let j = i + 1; j < t; j++) m[i * t + j] = MASKED;
    causalCache.set(t, m);
  }
  return tf.tensor2d(m, [t, t]);
}

/** Token + position embeddings.  ids [N], pos [N] -> [N, d]. */
function embedTokens(model: Gpt, ids: tf.Tensor1D, pos: tf.Tensor1D | number): tf.Tensor2D {
  if (embedFused()) return gpuEmbed(ids, pos, model.p('wte') as tf.Tensor2D, model.p('wpe') as tf.Tensor2D);
  if (typeof pos === 'number')
    throw new Error('embedTokens: positions as a sequence length need the fused kernel');
  return tf.add(embed(ids, model.p('wte') as tf.Tensor2D), embed(pos, model.p('wpe') as tf.Tensor2D));
}

function mlp(model: Gpt, pre: string, x: tf.Tensor2D): tf.Tensor2D {
  const h = denseRelu(x, model.p(`${pre}mlp.w1`) as tf.Tensor2D, model.p(`${pre}mlp.b1`) as tf.Tensor1D);
  return dense(
    h as tf.Tensor2D,
    model.p(`${pre}mlp.w2`) as tf.Tensor2D,
    model.p(`${pre}mlp.b2`) as tf.Tensor1D,
  );
}

function ln(model: Gpt, name: string, x: tf.Tensor2D): tf.Tensor2D {
  return layerNorm(x, model.p(`${name}.g`) as tf.Tensor1D, model.p(`${name}.b`) as tf.Tensor1D);
}

function qkv(model: Gpt, pre: string, x: tf.Tensor2D): tf.Tensor2D[] {
  return ['q', 'k', 'v'].map((n) =>
    dense(x, model.p(`${pre}attn.w${n}`) as tf.Tensor2D, model.p(`${pre}attn.b${n}`) as tf.Tensor1D),
  );
}

const padBiasCache = new Map<number, Float32Array>();
/** Final LayerNorm and unembedding; PAD gets MASKED so no distribution ever puts mass on it. */
function head(model: Gpt, x: tf.Tensor2D): tf.Tensor2D {
  const V = model.config.vocabSize;
  if (maskColumnFused()) {
    // WebGPU: PAD's column masked in a kernel, no [V] bias uploaded every step
    const w = model.p('head.w') as tf.Tensor2D;
    return gpuMaskColumn(dense(ln(model, 'lnf', x), w, model.p('head.b') as tf.Tensor1D), PAD, MASKED);
  }
  let padBias = padBiasCache.get(V);
  if (!padBias) {
    padBias = new Float32Array(V);
    padBias[PAD] = MASKED;
    padBiasCache.set(V, padBias);
  }
  const w = model.p('head.w') as tf.Tensor2D;
  const logits = dense(ln(model, 'lnf', x), w, model.p('head.b') as tf.Tensor1D);
  return tf.add(logits, tf.tensor1d(padBias));
}

export interface ForwardOptions {
  /** Position of each token, [B, T] int32; default 0..T-1 in every row. */
  positions?: tf.Tensor2D;
  /** Additive bias per key, [B, T] (0 or MASKED), hiding left padding; default none. */
  keyBias?: tf.Tensor2D;
  /** Also return every layer's keys and values (to continue with decodeStep). */
  withCache?: boolean;
}

/** Full-sequence forward pass.  ids [B, T] int32 -> logits [B*T, V] (row b*T + t). */
export function forward(
  model: Gpt,
  ids: tf.Tensor2D,
  opts: ForwardOptions = {},
): { logits: tf.Tensor2D; cache: LayerCache[] } {
  const { layers, heads: H, width: d } = model.config;
  const [B, T] = ids.shape;
  if (T > model.config.contextLength)
    throw new Error(`sequence of ${T} exceeds context ${model.config.contextLength}`);
  const hd = d / H;
  // WebGPU's embedding kernel takes default positions as n mod T: nothing to build
  const pos =
    opts.positions ??
    (embedFused() ? undefined : tf.tile(tf.range(0, T, 1, 'int32').reshape([1, T]), [B, 1]));
  let x = embedTokens(
    model,
    ids.reshape([B * T]) as tf.Tensor1D,
    pos ? (pos.reshape([B * T]) as tf.Tensor1D) : T,
  );
  const fused = attentionFused();
  let bias: tf.Tensor | undefined;
  if (!fused) {
    bias = causalBias(T).reshape([1, 1, T, T]); // [1, 1, T, T]
    if (opts.keyBias) bias = tf.add(bias, opts.keyBias.reshape([B, 1, 1, T])); // [B, 1, T, T]
  }
  const cache: LayerCache[] = [];
  for (let l = 0; l < layers; l++) {
    const pre = `h${l}.`;
    const [q, k, v] = qkv(model, pre, ln(model, `${pre}ln1`, x)); // each [N, d]
    const heads = (t: tf.Tensor, perm: number[], shape: number[]) =>
      tf.transpose(t.reshape([B, T, H, hd]), perm).reshape(shape) as tf.Tensor3D;
    let y: tf.Tensor;
    if (fused) {
      // WebGPU: one kernel on the dense layout, the causal mask and the key bias inside it
      if (opts.withCache) {
        const timeMajor = (t: tf.Tensor) =>
          tf.transpose(t.reshape([B, T, H, hd]), [1, 0, 2, 3]).reshape([T, B * H, hd]) as tf.Tensor3D;
        cache.push({ k: timeMajor(k), v: timeMajor(v) }); // [T, B*H, hd]
      }
      y = gpuAttention(q, k, v, opts.keyBias, { B, T, H });
    } else {
      const qh = heads(tf.mul(q, 1 / Math.sqrt(hd)), [0, 2, 1, 3], [B * H, T, hd]);
      const kT = heads(k, [0, 2, 3, 1], [B * H, hd, T]);
      const vh = heads(v, [0, 2, 1, 3], [B * H, T, hd]);
      if (opts.withCache) {
        cache.push({ k: tf.transpose(kT, [2, 0, 1]), v: tf.transpose(vh, [1, 0, 2]) }); // [T, B*H, hd]
      }
      const scores = tf.add(bmm(qh, kT).reshape([B, H, T, T]), bias as tf.Tensor); // [B, H, T, T]
      const att = tf.softmax(scores).reshape([B * H, T, T]) as tf.Tensor3D;
      y = tf.transpose(bmm(att, vh).reshape([B, H, T, hd]), [0, 2, 1, 3]).reshape([B * T, d]);
    }
    const wo = model.p(`${pre}attn.wo`) as tf.Tensor2D;
    x = tf.add(x, dense(y as tf.Tensor2D, wo, model.p(`${pre}attn.bo`) as tf.Tensor1D));
    x = tf.add(x, mlp(model, pre, ln(model, `${pre}ln2`, x)));
  }
  return { logits: head(model, x), cache };
}

/**
 * One decoding step with the key/value cache.
 *   ids [B] int32 (the newest token of each row), pos [B] int32 (its position),
 *   keyBias [B, t+1] (0 or MASKED for every key, including the new one), cache of length t;
 *   on WebGPU, `prepared` (prepareDecodeWeights) spares each step the concatenation of q, k, v's weights.
 * Returns logits [B, V] for the next token and the cache grown to t+1.
 */
export function decodeStep(
  model: Gpt,
  ids: tf.Tensor1D,
  pos: tf.Tensor1D,
  keyBias: tf.Tensor2D,
  cache: LayerCache[],
  prepared?: DecodeWeights,
): { logits: tf.Tensor2D; cache: LayerCache[] } {
  // WebGPU: the decode kernels, 14 dispatches a token instead of 30 (default model)
  if (decodeGpuOn()) return decodeStepGpu(model, ids, pos, keyBias, cache, MASKED, prepared);
  const { heads: H, width: d } = model.config;
  const B = ids.shape[0];
  const hd = d / H;
  const tk = keyBias.shape[1];
  const fused = attentionFused();
  const bias = keyBias.reshape([B, 1, 1, tk]);
  let x = embedTokens(model, ids, pos); // [B, d]
  const next: LayerCache[] = [];
  cache.forEach((c, l) => {
    const pre = `h${l}.`;
    const [q, k, v] = qkv(model, pre, ln(model, `${pre}ln1`, x)); // each [B, d]
    const kC = tf.concat([c.k, k.reshape([1, B * H, hd])], 0) as tf.Tensor3D; // [t+1, B*H, hd]
    const vC = tf.concat([c.v, v.reshape([1, B * H, hd])], 0) as tf.Tensor3D;
    next.push({ k: kC, v: vC });
    let y: tf.Tensor2D;
    if (fused) {
      y = gpuDecodeAttention(q, kC, vC, keyBias, H); // WebGPU: one kernel reads the cache
    } else {
      const qh = tf.mul(q, 1 / Math.sqrt(hd)).reshape([B * H, 1, hd]) as tf.Tensor3D;
      const kT = tf.transpose(kC, [1, 2, 0]) as tf.Tensor3D; // [B*H, hd, t+1]
      const scores = tf.add(bmm(qh, kT).reshape([B, H, 1, tk]), bias);
      const att = tf.softmax(scores).reshape([B * H, 1, tk]) as tf.Tensor3D;
      y = bmm(att, tf.transpose(vC, [1, 0, 2]) as tf.Tensor3D).reshape([B, d]) as tf.Tensor2D;
    }
    const wo = model.p(`${pre}attn.wo`) as tf.Tensor2D;
    x = tf.add(x, dense(y, wo, model.p(`${pre}attn.bo`) as tf.Tensor1D));
    x = tf.add(x, mlp(model, pre, ln(model, `${pre}ln2`, x)));
  });
  return { logits: head(model, x), cache: next };
}
