import { describe, expect, it } from 'vitest';
import type { Generation } from '../model/generate';
import { questionFromPrompt, type Verdict } from '../tasks';
import { labelerFor, noisyLabeler, offByOneLabeler } from './labelers';

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

describe('offByOneLabeler', () => {
  const q = questionFromPrompt('12+34=');
  const v = (final: number | null, correct = false) => ({ correct, final, error: 'wrong_final' }) as Verdict;
  it('accepts a final result one away from the gold one, and keeps the verifier otherwise', () => {
    const l = offByOneLabeler();
    expect(l(q, gen('45'), v(45))).toBe(true);
    expect(l(q, gen('47'), v(47))).toBe(true);
    expect(l(q, gen('48'), v(48))).toBe(false);
    expect(l(q, gen('46'), v(46, true))).toBe(true);
    expect(l(q, gen('4'), v(null))).toBe(false);
  });
});

describe('labelerFor', () => {
  const q = questionFromPrompt('12+34=');
  it('is undefined with exact marks and no noise', () => {
    expect(labelerFor({ noise: 0, verifier: 'exact' }, 1)).toBeUndefined();
  });
  it('is the noisy labeler, the biased one, or the noise flipping the biased mark', () => {
    const texts = Array.from({ length: 200 }, (_, i) => String(i));
    const noisy = labelerFor({ noise: 0.3, verifier: 'exact' }, 5);
    const ref = noisyLabeler(0.3, 5);
    for (const t of texts) expect(noisy?.(q, gen(t), verdict(true))).toBe(ref(q, gen(t), verdict(true)));
    const near = { correct: false, final: 45, error: 'wrong_final' } as Verdict;
    expect(labelerFor({ noise: 0, verifier: 'offByOne' }, 5)?.(q, gen('45'), near)).toBe(true);
    const both = labelerFor({ noise: 0.3, verifier: 'offByOne' }, 5);
    // A near-miss reads as right unless the noise flips it: exactly the noisy labeler on a right mark.
    expect(both?.(q, gen('45'), near)).toBe(ref(q, gen('45'), verdict(true)));
  });
});
