import { describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { createQuestionStream } from '../tasks';
import { trainCheck } from './trainCheck';

describe.each(['wasm', 'cpu'] as const)('trainCheck on %s', (backend) => {
  it('trains a copy (loss falls), leaves the model untouched and leaks nothing', async () => {
    await useBackend(backend);
    const m = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 32 }, 4);
    const before = await m.values();
    const qs = createQuestionStream([{ level: 'add1', weight: 1 }], 2).nextBatch(8);
    const r = await trainCheck(m, qs, 6);
    expect(r.backend).toBe(backend);
    expect(r.losses).toHaveLength(6);
    expect(r.losses[5]).toBeLessThan(r.losses[0]);
    expect(r.tensorsAfter).toBe(r.tensorsBefore);
    expect(await m.values()).toEqual(before);
    m.dispose();
  });
});
