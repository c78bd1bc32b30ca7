import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { AdamW, trainStep } from '../train/optimizer';
import { goldItem, makeSequenceBatch } from './batch';
import type { ModelConfig } from './config';
import { DEFAULT_MODEL_CONFIG } from './config';
import { generate } from './generate';
import { forward, Gpt } from './gpt';
import { sftLoss } from './logprobs';

const TINY: ModelConfig = { ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 };
const PROMPTS = ['7+8=', '12+34=', '1-9=', '123+456=', '9*7='];

function logitsOf(model: Gpt, ids: number[][]): Float32Array {
  return tf.tidy(
    () => forward(model, tf.tensor2d(ids, undefined, 'int32')).logits.dataSync() as Float32Array,
  );
}

describe('Gpt', () => {
  it('starts from identical weights and gives the same logits on cpu and wasm', async () => {
    const ids = [
      [2, 3, 12, 4, 15],
      [5, 6, 7, 8, 9],
    ];
    const out: Record<string, { w: Float32Array; logits: Float32Array }> = {};
    for (const be of ['cpu', 'wasm'] as const) {
      await useBackend(be);
      const m = Gpt.init(DEFAULT_MODEL_CONFIG, 42);
      out[be] = { w: (await m.values()).get('h1.mlp.w1') as Float32Array, logits: logitsOf(m, ids) };
      m.dispose();
    }
    expect(out.cpu.w).toEqual(out.wasm.w);
    const diff = out.cpu.logits.reduce((m, v, i) => Math.max(m, Math.abs(v - out.wasm.logits[i])), 0);
    expect(diff).toBeLessThan(1e-4);
    const other = Gpt.init(DEFAULT_MODEL_CONFIG, 43);
    expect((await other.values()).get('h1.mlp.w1')).not.toEqual(out.cpu.w);
    other.dispose();
  });

  it('cached decoding gives the same per-step logits as re-running the prefix', async () => {
    await useBackend('wasm');
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 3);
    for (const temperature of [0, 1]) {
      const opts = { temperature, seed: 9, recordLogits: true, maxNewTokens: 12 };
      const cached = await generate(m, PROMPTS, { ...opts, useCache: true });
      const plain = await generate(m, PROMPTS, { ...opts, useCache: false });
      cached.forEach((c, b) => {
        expect(c.tokens).toEqual(plain[b].tokens);
        expect(c.logits?.length).toBe(c.tokens.length);
        c.logits?.forEach((row, s) => {
          const ref = plain[b].logits?.[s] as Float32Array;
          for (let v = 1; v < row.length; v++) expect(Math.abs(row[v] - ref[v])).toBeLessThan(1e-4);
        });
      });
    }
    m.dispose();
  });

  it('a row does not depend on the other prompts in its batch (left padding is invisible)', async () => {
    await useBackend('wasm');
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 5);
    const alone = await generate(m, ['7+8='], {
      temperature: 0,
      seed: 1,
      recordLogits: true,
      maxNewTokens: 6,
    });
    const mixed = await generate(m, ['123+456=', '7+8='], {
      temperature: 0,
      seed: 1,
      recordLogits: true,
      maxNewTokens: 6,
    });
    expect(mixed[1].tokens).toEqual(alone[0].tokens);
    const a = alone[0].logits?.[0] as Float32Array;
    const b = mixed[1].logits?.[0] as Float32Array;
    for (let v = 1; v < a.length; v++) expect(Math.abs(a[v] - b[v])).toBeLessThan(1e-4);
    m.dispose();
  });

  it('sampling is deterministic in the seed, greedy ignores it, answers fit the context', async () => {
    await useBackend('wasm');
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 3);
    const a = await generate(m, PROMPTS, { temperature: 1, seed: 11 });
    const b = await generate(m, PROMPTS, { temperature: 1, seed: 11 });
    const c = await generate(m, PROMPTS, { temperature: 1, seed: 12 });
    expect(a.map((g) => g.tokens)).toEqual(b.map((g) => g.tokens));
    expect(a.map((g) => g.tokens)).not.toEqual(c.map((g) => g.tokens));
    for (const g of a) {
      expect(g.prompt.length + g.tokens.length).toBeLessThanOrEqual(DEFAULT_MODEL_CONFIG.contextLength);
      expect(g.tokenProbs.every((p) => p > 0 && p <= 1)).toBe(true);
      expect(g.truncated).toBe(g.tokens.at(-1) !== 1);
    }
    m.dispose();
  });

  it('a tiny config learns: loss falls within a few steps on wasm', async () => {
    await useBackend('wasm');
    const m = Gpt.init(TINY, 1);
    const batch = makeSequenceBatch(
      Array.from({ length: 32 }, (_, i) =>
        goldItem(`${i % 10}+${(i * 3) % 10}=`, `${(i % 10) + ((i * 3) % 10)}`),
      ),
      TINY.contextLength,
    );
    const opt = new AdamW(m.params, { lr: 1e-2 });
    const losses: number[] = [];
    for (let s = 0; s < 15; s++) {
      const { loss, gradNorm } = trainStep(m.params, opt, () => sftLoss(m, batch));
      losses.push((await loss.data())[0]);
      expect(Number.isFinite((await gradNorm.data())[0])).toBe(true);
      tf.dispose([loss, gradNorm]);
    }
    expect(losses[14]).toBeLessThan(losses[0] * 0.6);
    opt.dispose();
    m.dispose();
  });

  it('leaks no tensor over 50 training steps and generations', async () => {
    await useBackend('wasm');
    const m = Gpt.init(TINY, 2);
    const opt = new AdamW(m.params, { lr: 1e-3, weightDecay: 0.1, warmupSteps: 5, clipNorm: 1 });
    const batch = makeSequenceBatch([goldItem('1+2=', '3'), goldItem('12+34=', '46')], TINY.contextLength);
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    for (let s = 0; s < 50; s++) {
      const { loss, gradNorm } = trainStep(m.params, opt, () => sftLoss(m, batch));
      await loss.data();
      tf.dispose([loss, gradNorm]);
      if (s % 10 === 0) await generate(m, PROMPTS, { temperature: 1, seed: s, maxNewTokens: 8 });
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(before);
    opt.dispose();
    m.dispose();
  });
  it('frozenCopy keeps the weights of the moment: a training step after it leaves the copy as it was', async () => {
    await useBackend('wasm');
    const m = Gpt.init(TINY, 5);
    const before = tf.memory().numTensors;
    const copy = m.frozenCopy();
    const ids = [[2, 3, 12, 4, 15]];
    const at0 = logitsOf(m, ids);
    expect(logitsOf(copy, ids)).toEqual(at0);
    const opt = new AdamW(m.params, { lr: 1e-2, warmupSteps: 0, weightDecay: 0, clipNorm: 1 });
    const batch = makeSequenceBatch([goldItem('7+8=', '15')], TINY.contextLength);
    tf.dispose(Object.values(trainStep(m.params, opt, () => sftLoss(m, batch))));
    expect(logitsOf(m, ids)).not.toEqual(at0); // the model moved
    expect(logitsOf(copy, ids)).toEqual(at0); // its copy did not
    copy.dispose();
    opt.dispose();
    expect(logitsOf(m, ids)).not.toEqual(at0); // disposing the copy leaves the model whole
    m.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
  });
});
