/**
 * The model's weights: named tf.Variables, initialised from a seed in plain JavaScript so that every
 * backend starts from bit-identical numbers (GPT-2 init: N(0, 0.02), residual projections scaled by
 * 1/sqrt(2 * layers), zero biases, unit LayerNorm gains).
 *
 * Names (shapes), d = width, V = vocab, C = context, F = mlpRatio * d:
 *   wte [V, d]  wpe [C, d]
 *   h{i}.ln1.g/b [d]  h{i}.attn.wq/wk/wv [d, d]  h{i}.attn.bq/bk/bv [d]  h{i}.attn.wo [d, d]  h{i}.attn.bo [d]
 *   (q, k and v have separate matrices: one [d, 3d] matMul and a split cost more on wasm and cpu)
 *   h{i}.ln2.g/b [d]  h{i}.mlp.w1 [d, F]  h{i}.mlp.b1 [F]  h{i}.mlp.w2 [F, d]  h{i}.mlp.b2 [d]
 *   lnf.g/b [d]  head.w [d, V]  head.b [V]
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../rng';
import type { ModelConfig } from './config';

export type ParamInit = 'normal' | 'residual' | 'zeros' | 'ones';
export interface ParamSpec {
  name: string;
  shape: number[];
  init: ParamInit;
}

export function paramSpecs(c: ModelConfig): ParamSpec[] {
  const d = c.width;
  const f = c.mlpRatio * d;
  const specs: ParamSpec[] = [
    { name: 'wte', shape: [c.vocabSize, d], init: 'normal' },
    { name: 'wpe', shape: [c.contextLength, d], init: 'normal' },
  ];
  for (let i = 0; i < c.layers; i++) {
    const p = `h${i}.`;
    specs.push(
      { name: `${p}ln1.g`, shape: [d], init: 'ones' },
      { name: `${p}ln1.b`, shape: [d], init: 'zeros' },
      { name: `${p}attn.wq`, shape: [d, d], init: 'normal' },
      { name: `${p}attn.bq`, shape: [d], init: 'zeros' },
      { name: `${p}attn.wk`, shape: [d, d], init: 'normal' },
      { name: `${p}attn.bk`, shape: [d], init: 'zeros' },
      { name: `${p}attn.wv`, shape: [d, d], init: 'normal' },
      { name: `${p}attn.bv`, shape: [d], init: 'zeros' },
      { name: `${p}attn.wo`, shape: [d, d], init: 'residual' },
      { name: `${p}attn.bo`, shape: [d], init: 'zeros' },
      { name: `${p}ln2.g`, shape: [d], init: 'ones' },
      { name: `${p}ln2.b`, shape: [d], init: 'zeros' },
      { name: `${p}mlp.w1`, shape: [d, f], init: 'normal' },
      { name: `${p}mlp.b1`, shape: [f], init: 'zeros' },
      { name: `${p}mlp.w2`, shape: [f, d], init: 'residual' },
      { name: `${p}mlp.b2`, shape: [d], init: 'zeros' },
    );
  }
  specs.push(
    { name: 'lnf.g', shape: [d], init: 'ones' },
    { name: 'lnf.b', shape: [d], init: 'zeros' },
    { name: 'head.w', shape: [d, c.vocabSize], init: 'normal' },
    { name: 'head.b', shape: [c.vocabSize], init: 'zeros' },
  );
  return specs;
}

export function parameterCount(c: ModelConfig): number {
  return paramSpecs(c).reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
}

/** Initial values as plain Float32Arrays: the same bits on every platform. */
export function initialValues(c: ModelConfig, seed: number): Map<string, Float32Array> {
  const rng = createRng(seed).fork('init');
  const residualStd = 0.02 / Math.sqrt(2 * c.layers);
  const out = new Map<string, Float32Array>();
  for (const s of paramSpecs(c)) {
    const size = s.shape.reduce((a, b) => a * b, 1);
    const v = new Float32Array(size);
    const r = rng.fork(s.name);
    if (s.init === 'ones') v.fill(1);
    else if (s.init === 'normal' || s.init === 'residual') {
      const std = s.init === 'normal' ? 0.02 : residualStd;
      for (let i = 0; i < size; i++) v[i] = std * r.normal();
    }
    out.set(s.name, v);
  }
  return out;
}

export type Params = Map<string, tf.Variable>;

/** Wraps values (from init or a checkpoint) as trainable variables, checking names and shapes. */
export function makeParams(c: ModelConfig, values: Map<string, Float32Array>): Params {
  const params: Params = new Map();
  for (const s of paramSpecs(c)) {
    const v = values.get(s.name);
    const size = s.shape.reduce((a, b) => a * b, 1);
    if (!v) throw new Error(`weights: missing ${s.name}`);
    if (v.length !== size) throw new Error(`weights: ${s.name} has ${v.length} values, expected ${size}`);
    const t = tf.tensor(v, s.shape, 'float32');
    params.set(s.name, tf.variable(t, true, undefined, 'float32'));
    t.dispose();
  }
  return params;
}
