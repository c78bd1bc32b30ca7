import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { loadCheckpoint } from '../../node/checkpoint-fs';
import { defaultOptions } from '../losses';
import { createQuestionStream } from '../tasks';
import { gradientStudy } from './methodGradients';

describe('gradientStudy on the shipped base', () => {
  it('NFT (w = 1 - r_hat) and RFT (w = 1) share their expected direction: averaging over rollouts removes the noise', async () => {
    await useBackend('wasm');
    const { model, meta } = await loadCheckpoint('public/models/base');
    const arms = [
      { name: 'nft', method: 'nft' as const, loss: defaultOptions('nft') },
      {
        name: 'rft_w1',
        method: 'rft' as const,
        loss: { ...defaultOptions('rft'), weighting: 'one' as const },
      },
    ];
    const rollout = { M: 8, K: 8, temperature: 1, filter: true, maxRounds: 3 };
    const s = await gradientStudy(model, createQuestionStream(meta.tasks.mix, 3), arms, rollout, 10, 3);
    expect(s.rollouts).toBe(10);
    expect(s.cosine[0][0]).toBeCloseTo(1, 6);
    // Mean gradients almost parallel, and more so than single rollouts' gradients are on average.
    expect(s.cosine[0][1]).toBeGreaterThan(0.9);
    expect(s.cosine[0][1]).toBeGreaterThan(s.rolloutCosine[0][1]);
    // Same expected size within 30% (the negative term is zero-mean up to a 1/K correction).
    expect(Math.abs(s.methods[0].meanNorm / s.methods[1].meanNorm - 1)).toBeLessThan(0.3);
    for (const m of s.methods) expect(m.snr).toBeGreaterThan(0);
    model.dispose();
  });

  it('off policy: after a few steps on a copy, R moves away from 1, the gradients change, the model does not', async () => {
    await useBackend('wasm');
    const { model, meta } = await loadCheckpoint('public/models/base');
    const before = await model.values();
    const arms = [
      { name: 'nft', method: 'nft' as const, loss: defaultOptions('nft') },
      {
        name: 'rft_w1',
        method: 'rft' as const,
        loss: { ...defaultOptions('rft'), weighting: 'one' as const },
      },
    ];
    const rollout = { M: 4, K: 8, temperature: 1, filter: true, maxRounds: 3 };
    const study = (steps: number) =>
      gradientStudy(model, createQuestionStream(meta.tasks.mix, 5), arms, rollout, 2, 5, { steps, lr: 1e-3 });
    const on = await study(0);
    const off = await study(4);
    expect(on.steps).toBe(0);
    expect(on.meanAbsLogRatio).toBe(0); // same weights, same batch: R = 1 exactly
    expect(off.steps).toBe(4);
    expect(off.meanAbsLogRatio).toBeGreaterThan(1e-3);
    expect(off.methods[0].meanNorm).not.toBeCloseTo(on.methods[0].meanNorm, 6);
    expect(Number.isFinite(off.cosine[0][1])).toBe(true);
    const after = await model.values();
    for (const [name, v] of before) expect(after.get(name)).toEqual(v);
    model.dispose();
  });
});
