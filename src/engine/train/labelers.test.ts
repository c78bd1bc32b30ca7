import { describe, expect, it } from 'vitest';
import type { Generation } from '../model/generate';
import { questionFromPrompt, type Verdict } from '../tasks';
import { noisyLabeler } from './labelers';

const verdict = (correct: boolean) => ({ correct }) as Verdict;
const gen = (text: string) => ({ text }) as Generation;

describe('noisyLabeler', () => {
  it('flips about the given share of distinct answers, the same way every time, per seed', () => {
    const q = questionFromPrompt('12+34=');
    const texts = Array.from({ length: 4000 }, (_, i) => String(i));
    const flips = (share: number, seed: number) =>
      texts.map((t) => noisyLabeler(share, seed)(q, gen(t), verdict(true)) === false);
    const a = flips(0.2, 1);
    const share = a.filter(Boolean).length / texts.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.22);
    expect(flips(0.2, 1)).toEqual(a);
    expect(flips(0.2, 2)).not.toEqual(a);
    // A wrong answer that is flipped reads as right.
    const l = noisyLabeler(0.2, 1);
    const flipped = texts.find((_t, i) => a[i]) as string;
    expect(l(q, gen(flipped), verdict(false))).toBe(true);
    expect(flips(0, 1).some(Boolean)).toBe(false);
    expect(flips(1, 1).every(Boolean)).toBe(true);
  });

  it('refuses a share outside [0, 1]', () => {
    expect(() => noisyLabeler(1.5, 1)).toThrow('label noise must be in [0, 1]');
    expect(() => noisyLabeler(Number.NaN, 1)).toThrow();
  });
});
