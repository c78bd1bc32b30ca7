import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { generate } from '../model/generate';
import { Gpt } from '../model/gpt';
import { batchStreams } from './evaluate';

const PROMPTS = ['7+8=', '12+34=', '9*7=', '5-3=', '40+2=', '3*3=', '8-1='];

/**
 * WebGPU answers several evaluation batches in one generate call (GPU_BATCHES); each row must keep the
 * random stream it has when its batch of 3 has a call of its own, so the answers do not depend on it.
 */
describe('evaluation batches in one generate call', () => {
  beforeAll(() => useBackend('wasm'));

  it('give every row the sampled answer it gets in its own batch', async () => {
    const model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 3);
    const seed = 100;
    const opts = { temperature: 1.5, maxNewTokens: 6 };
    const separate = [];
    for (let i = 0; i < PROMPTS.length; i += 3)
      separate.push(...(await generate(model, PROMPTS.slice(i, i + 3), { ...opts, seed: seed + i })));
    const together = await generate(model, PROMPTS, { ...opts, seed, rowSeed: batchStreams(seed, 3) });
    const plain = await generate(model, PROMPTS, { ...opts, seed });
    const tokens = (gs: { tokens: number[] }[]) => gs.map((g) => g.tokens);
    expect(tokens(together)).toEqual(tokens(separate));
    expect(tokens(plain)).not.toEqual(tokens(separate)); // the streams matter: one call without them differs
    model.dispose();
  });
});
