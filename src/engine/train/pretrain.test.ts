import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { makeEvalSet } from '../tasks';
import { type PretrainOptions, pretrain } from './pretrain';

const MIX = [
  { level: 'add1', weight: 1 },
  { level: 'sub1', weight: 1 },
];

describe('pretrain', () => {
  it('is deterministic: same seed and backend give bit-identical weights; another seed differs', async () => {
    await useBackend('wasm');
    const opts: PretrainOptions = {
      model: { ...DEFAULT_MODEL_CONFIG, layers: 1, width: 32 },
      mix: MIX,
      seed: 5,
      steps: 6,
      batchSize: 16,
      lr: 3e-3,
      warmupSteps: 2,
      weightDecay: 0.01,
      clipNorm: 1,
      evalEvery: 3,
      evalSet: makeEvalSet(MIX, 1, 4),
      snapshotAt: 4,
    };
    const a = await pretrain(opts);
    const b = await pretrain(opts);
    const c = await pretrain({ ...opts, seed: 6 });
    expect(await b.model.values()).toEqual(await a.model.values());
    expect(b.snapshot).toEqual(a.snapshot);
    expect(await c.model.values()).not.toEqual(await a.model.values());
    expect(a.snapshot).not.toEqual(await a.model.values());
    expect(a.history.map((h) => h.step)).toEqual([3, 4, 6]);
    expect(a.history.map((h) => h.loss)).toEqual(b.history.map((h) => h.loss));
    for (const r of [a, b, c]) r.model.dispose();
  });
});
