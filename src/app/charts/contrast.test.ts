import { describe, expect, it } from 'vitest';
import { contrast, PAGE_BACKGROUND, readable } from './contrast';
import { METHOD_COLOURS } from './series';

describe('readable text colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('darkens every method colour just enough to read on the page', () => {
    for (const c of Object.values(METHOD_COLOURS)) {
      const t = readable(c);
      expect(contrast(t, PAGE_BACKGROUND), `${c} -> ${t}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t, PAGE_BACKGROUND)).toBeLessThan(5.2);
    }
    expect(contrast(METHOD_COLOURS.rft, PAGE_BACKGROUND)).toBeLessThan(4.5); // orange needed it
  });

  it('leaves a colour that already reads, and anything that is not #rrggbb', () => {
    expect(readable('#003f62')).toBe('#003f62');
    expect(readable('crimson')).toBe('crimson');
  });
});
