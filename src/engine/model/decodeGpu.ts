/**
 * The decode step on WebGPU with the decode kernels (src/engine/kernels/decode.ts): one new token per row
 * against the key/value cache, forward only, in 6 dispatches per layer and 2 outside the layers (14 for
 * the default model; the tfjs ops of decodeStep take 30). Same numbers as gpt.decodeStep's other path
 * to float rounding (decodeGpu.test.ts).
 *
 *   x = wte[id] + wpe[pos]                                        embedding kernel        1
 *   per layer:  qkv = LN1(x) [Wq | Wk | Wv] + [bq | bk | bv]      NftDecodeDense          1
 *               k, v appended to the cache from qkv               NftCacheAppend          2
 *               y = attention(q, cache, keyBias)                  NftAttentionDecode      1
 *               x = x + y Wo + bo                                 NftDecodeDense          1
 *               x = x + ReLU(LN2(x) W1 + b1) W2 + b2              NftDecodeMlp            1
 *   logits = LN_f(x) W_head + b_head, PAD's column masked         NftDecodeDense          1
 */
import * as tf from '@tensorflow/tfjs';
import { attentionFused, gpuDecodeAttention } from '../kernels/attention';
import { decodeKernelsOn, gpuCacheAppend, gpuDecodeDense, gpuDecodeMlp } from '../kernels/decode';
import { embedFused, gpuEmbed } from '../kernels/embed';
import { PAD } from '../tokenizer';
import type { Gpt, LayerCache } from './gpt';

type T1 = tf.Tensor1D;
type T2 = tf.Tensor2D;

/** Whether decodeStep runs on the decode kernels now (WebGPU, fusion on). */
export const decodeGpuOn = () => decodeKernelsOn() && attentionFused() && embedFused();

/**
 * Each layer's [Wq | Wk | Wv] and [bq | bk | bv], concatenated once for many decode steps (one
 * generate call): 2 dispatches a layer, and a copy of the weights as they were then. Dispose it.
 */
export interface DecodeWeights {
  qkv: { w: T2; b: T1 }[];
  dispose(): void;
}

export function prepareDecodeWeights(model: Gpt): DecodeWeights {
  const qkv = Array.from({ length: model.config.layers }, (_, l) => {
    const names = ['q', 'k', 'v'].map((n) => `h${l}.attn.w${n}`);
    return {
      w: tf.concat(
        names.map((n) => model.p(n) as T2),
        1,
      ) as T2,
      b: tf.concat(names.map((n) => model.p(n.replace('.w', '.b')) as T1)) as T1,
    };
  });
  return { qkv, dispose: () => tf.dispose(qkv.flatMap((l) => [l.w, l.b])) };
}

/** decodeStep's contract (gpt.ts): ids [B], pos [B], keyBias [B, t+1], cache of length t. */
export function decodeStepGpu(
  model: Gpt,
  ids: T1,
  pos: T1,
  keyBias: T2,
  cache: LayerCache[],
  masked: number,
  prepared?: DecodeWeights,
): { logits: T2; cache: LayerCache[] } {
  const { heads: H, width: d } = model.config;
  const weights = prepared ?? prepareDecodeWeights(model); // inside the caller's tidy when made here
  const w = (name: string) => model.p(name) as T2;
  const b = (name: string) => model.p(name) as T1;
  const ln = (name: string) => ({ g: b(`${name}.g`), b: b(`${name}.b`) });
  let x = gpuEmbed(ids, pos, w('wte'), w('wpe')); // [B, d]
  const next: LayerCache[] = cache.map((c, l) => {
    const { w: wqkv, b: bqkv } = weights.qkv[l];
    const qkv = gpuDecodeDense(x, wqkv, bqkv, { ln: ln(`h${l}.ln1`) }); // [B, 3d]
    const kC = gpuCacheAppend(c.k, qkv, d);
    const vC = gpuCacheAppend(c.v, qkv, 2 * d);
    const y = gpuDecodeAttention(qkv, kC, vC, keyBias, H); // [B, d]
    x = gpuDecodeDense(y, w(`h${l}.attn.wo`), b(`h${l}.attn.bo`), { residual: x });
    const mlp = `h${l}.mlp.`;
    x = gpuDecodeMlp(x, ln(`h${l}.ln2`), w(`${mlp}w1`), b(`${mlp}b1`), w(`${mlp}w2`), b(`${mlp}b2`));
    return { k: kC, v: vC };
  });
  const logits = gpuDecodeDense(x, w('head.w'), b('head.b'), {
    ln: ln('lnf'),
    mask: { col: PAD, value: masked },
  });
  return { logits, cache: next };
}
