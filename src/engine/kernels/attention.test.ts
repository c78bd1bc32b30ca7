import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from '../model/config';
import { generate } from '../model/generate';
import { forward, Gpt, MASKED } from '../model/gpt';
import { PAD } from '../tokenizer';
import { ATTENTION } from './attention';
import { setFusedKernels } from './webgpu';

const TINY: ModelConfig = { ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 };

/** Logits without PAD's column, which holds MASKED (-1e9) and would swamp a relative comparison. */
const unpadded = (logits: Float32Array) => logits.filter((_, i) => i % TINY.vocabSize !== PAD);

/**
 * The fused attention against the unfused path through the model's forward pass (the only place it
 * is used): logits, and the gradients of every weight, with and without a key bias (left padding).
 */
describe('attention kernels on WebGPU', () => {
  it('give the unfused logits (with and without left padding) and gradients to 1e-5', async () => {
    if (!(await startWebGpu())) return;
    const model = Gpt.init(TINY, 2);
    const [B, T] = [3, 6];
    const ids = Array.from(seeded(B * T, 5), (x) => 3 + Math.floor(Math.abs(x) * 12));
    const pad = [0, 2, 0]; // row 1 is left-padded by two tokens
    const w = seeded(B * T * TINY.vocabSize, 6);
    for (const withBias of [false, true]) {
      const pass = () => {
        const opts = withBias
          ? {
              keyBias: tf.tensor2d(
                Array.from({ length: B * T }, (_, i) => (i % T < pad[Math.floor(i / T)] ? MASKED : 0)),
                [B, T],
              ),
              positions: tf.tensor2d(
                Array.from({ length: B * T }, (_, i) => Math.max(0, (i % T) - pad[Math.floor(i / T)])),
                [B, T],
                'int32',
              ),
            }
          : {};
        const f = () =>
          tf.sum(
            tf.mul(
              forward(model, tf.tensor2d(ids, [B, T], 'int32'), opts).logits,
              tf.tensor2d(w, [B * T, TINY.vocabSize]),
            ),
          );
        const logits = forward(model, tf.tensor2d(ids, [B, T], 'int32'), opts).logits;
        if (withBias) return [logits]; // generation's prefill: forward only
        const { value, grads } = tf.variableGrads(f as () => tf.Scalar, model.variables());
        value.dispose(); // it holds MASKED x weights: the gradients below say more
        return [logits, ...model.variables().map((v) => grads[v.name])];
      };
      const [fused, plain] = [await runWith(true, pass), await runWith(false, pass)];
      expect(fused.length).toBe(withBias ? 1 : 1 + model.variables().length);
      fused[0] = unpadded(fused[0]);
      plain[0] = unpadded(plain[0]);
      const bk = 1 + [...model.params.keys()].indexOf('h0.attn.bk');
      for (const [i, f] of fused.entries()) {
        // softmax ignores a shift shared by every key: bk's gradient is 0 up to rounding on both paths
        if (i === bk) for (const g of [f, plain[i]]) expect(Math.max(...g.map(Math.abs))).toBeLessThan(1e-6);
        else expect(relError(f, plain[i]), `bias ${withBias}, output ${i}`).toBeLessThan(1e-5);
      }
    }
    model.dispose();
  });

  it('decodes from the key/value cache as the unfused path does (left-padded prompts, every step)', async () => {
    if (!(await startWebGpu())) return;
    const model = Gpt.init(TINY, 3);
    const run = async (fused: boolean) => {
      setFusedKernels(fused);
      try {
        return await generate(model, ['7+8=', '12+34=', '9*7='], {
          temperature: 0,
          seed: 1,
          maxNewTokens: 4,
          recordLogits: true,
        });
      } finally {
        setFusedKernels(true);
      }
    };
    const [fused, plain] = [await run(true), await run(false)];
    for (const [b, g] of fused.entries()) {
      expect(g.tokens).toEqual(plain[b].tokens);
      expect(g.logits?.length).toBe(4);
      for (const [i, l] of (g.logits ?? []).entries())
        expect(relError(unpadded(l), unpadded(plain[b].logits?.[i] ?? new Float32Array()))).toBeLessThan(
          1e-5,
        );
    }
    model.dispose();
  });

  it('runs only on webgpu', () => {
    expect(tf.getKernel(ATTENTION, 'webgpu')).toBeDefined();
    for (const b of ['cpu', 'wasm', 'webgl']) expect(tf.getKernel(ATTENTION, b)).toBeUndefined();
  });
});
