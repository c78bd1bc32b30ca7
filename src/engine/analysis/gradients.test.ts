import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { loadCheckpoint } from '../../node/checkpoint-fs';
import { defaultOptions } from '../losses';
import { createQuestionStream } from '../tasks';
import { gradientStudy } from './gradients';

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
});
