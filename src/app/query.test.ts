import { describe, expect, it } from 'vitest';
import { parsePageOptions } from './query';

describe('parsePageOptions', () => {
  it('has no options for an empty query', () => {
    expect(parsePageOptions('')).toEqual({ ok: true, options: { checkTraining: false } });
  });

  it('reads the training check', () => {
    expect(parsePageOptions('?check=train')).toEqual({ ok: true, options: { checkTraining: true } });
  });

  it('rejects an unknown check and unknown options, pointing to the hash', () => {
    expect(parsePageOptions('?check=fast').ok).toBe(false);
    const r = parsePageOptions('?backend=wasm');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('#backend=wasm');
  });
});
