import { describe, expect, it } from 'vitest';
import { parsePageOptions } from './query';

describe('parsePageOptions', () => {
  it('has no options for an empty query', () => {
    expect(parsePageOptions('')).toEqual({ ok: true, options: {} });
  });

  it('reads a forced backend and a seed', () => {
    expect(parsePageOptions('?backend=wasm&seed=42')).toEqual({
      ok: true,
      options: { backend: 'wasm', seed: 42 },
    });
  });

  it('rejects an unknown backend with the list of valid ones', () => {
    const r = parsePageOptions('?backend=cuda');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('webgpu, webgl, wasm, cpu');
  });

  it.each(['', '-1', '1.5', 'abc', '4294967296'])('rejects seed %j', (seed) => {
    expect(parsePageOptions(`?seed=${seed}`).ok).toBe(false);
  });
});
