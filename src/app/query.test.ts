import { describe, expect, it } from 'vitest';
import { parsePageOptions } from './query';

describe('parsePageOptions', () => {
  it('has no options for an empty query', () => {
    expect(parsePageOptions('')).toEqual({ ok: true, options: { checkTraining: false, faults: false } });
  });

  it('reads the training check and the fault buttons, alone or together', () => {
    expect(parsePageOptions('?check=train')).toEqual({
      ok: true,
      options: { checkTraining: true, faults: false },
    });
    expect(parsePageOptions('?debug=faults&check=train')).toEqual({
      ok: true,
      options: { checkTraining: true, faults: true },
    });
  });

  it('rejects an unknown value and unknown options, pointing to the hash', () => {
    const fast = parsePageOptions('?check=fast');
    expect(fast).toEqual({ ok: false, error: 'unknown check "fast" in the URL: use ?check=train' });
    expect(parsePageOptions('?debug=1').ok).toBe(false);
    const r = parsePageOptions('?backend=wasm');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('#backend=wasm');
  });
});
