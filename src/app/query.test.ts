import { describe, expect, it } from 'vitest';
import { parsePageOptions } from './query';

describe('parsePageOptions', () => {
  it('has no options for an empty query', () => {
    expect(parsePageOptions('')).toEqual({
      ok: true,
      options: { checkTraining: false, faults: false, present: null },
    });
  });

  it('reads the training check and the fault buttons, alone or together', () => {
    expect(parsePageOptions('?check=train')).toEqual({
      ok: true,
      options: { checkTraining: true, faults: false, present: null },
    });
    expect(parsePageOptions('?debug=faults&check=train')).toEqual({
      ok: true,
      options: { checkTraining: true, faults: true, present: null },
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

  it('opens the presenter view on accuracy, or on a named metric', () => {
    const on = (q: string) => {
      const r = parsePageOptions(q);
      return r.ok ? r.options.present : r.error;
    };
    expect(on('?present')).toBe('accuracy');
    expect(on('?present=')).toBe('accuracy');
    expect(on('?present=loss')).toBe('loss');
    expect(on('?present=entropy&debug=faults')).toBe('entropy');
    expect(on('?present=speed')).toContain('unknown present "speed"');
    expect(on('?present=speed')).toContain('?present=accuracy|loss|entropy|answers|errors');
  });

  it('reads ?threads=N (1..64) and refuses anything else', () => {
    expect(parsePageOptions('?threads=2')).toMatchObject({ ok: true, options: { threads: 2 } });
    expect(parsePageOptions('?threads=0')).toMatchObject({ ok: false });
    expect(parsePageOptions('?threads=x')).toMatchObject({ ok: false });
    expect(parsePageOptions('?threads=65')).toMatchObject({ ok: false });
  });

  it('accepts a class room code, and names a malformed one', () => {
    expect(parsePageOptions('?room=abcdefghjk').ok).toBe(true);
    expect(parsePageOptions('?present&room=abcdefghjk').ok).toBe(true);
    const bad = parsePageOptions('?room=../../etc');
    expect(bad.ok ? '' : bad.error).toContain('not a class room code');
    expect(parsePageOptions('?room=ABCDEFGHJK').ok).toBe(false);
  });
});
