import { describe, expect, it } from 'vitest';
import { drGrpoAdvantages, groupRows, groupStats, grpoAdvantages, promptWeight, rHatPerRow } from './groups';
import { type AnswerGroupInfo, defaultOptions } from './options';

/** Rows of one question from a string of marks: '1' right, '0' wrong. */
const group = (q: string | number, marks: string): AnswerGroupInfo[] =>
  [...marks].map((c) => ({ question: q, correct: c === '1' }));

const close = (a: ArrayLike<number>, b: number[], tol = 1e-6) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < b.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThan(tol);
};

describe('groups', () => {
  // Interleaved questions: 'a' = 1 right of 4, 7 = 2 right of 3, 'b' = all right (K = 2), 8 = K = 1 wrong.
  const rows: AnswerGroupInfo[] = [
    { question: 'a', correct: true },
    { question: 7, correct: false },
    { question: 'a', correct: false },
    { question: 7, correct: true },
    { question: 'a', correct: false },
    { question: 'b', correct: true },
    { question: 7, correct: true },
    { question: 'a', correct: false },
    { question: 'b', correct: true },
    { question: 8, correct: false },
  ];

  it('groups rows by question id (=== comparison, first-seen order)', () => {
    const { groupOf, members } = groupRows([...rows, { question: '7', correct: true }]);
    expect(Array.from(groupOf)).toEqual([0, 1, 0, 1, 0, 2, 1, 0, 2, 3, 4]);
    expect(members).toEqual([[0, 2, 4, 7], [1, 3, 6], [5, 8], [9], [10]]);
  });

  it('r_hat is the fraction right of the row’s question; K is the group size', () => {
    const { rHat, groupSize } = rHatPerRow(rows);
    close(rHat, [0.25, 2 / 3, 0.25, 2 / 3, 0.25, 1, 2 / 3, 0.25, 1, 0]);
    expect(Array.from(groupSize)).toEqual([4, 3, 4, 3, 4, 2, 3, 4, 2, 1]);
  });

  it('prompt weights for each weighting', () => {
    expect(promptWeight(0.25, 'one_minus_r')).toBeCloseTo(0.75, 12);
    expect(promptWeight(0.25, 'one')).toBe(1);
    expect(promptWeight(0.25, 'grpo')).toBeCloseTo(Math.sqrt(3), 12);
    expect(promptWeight(0.5, 'grpo')).toBeCloseTo(1, 12);
    expect(promptWeight(0.8, 'grpo')).toBeCloseTo(0.5, 12);
  });

  it('clamps r_hat to [0.02, 0.98] for the weights (all-right and all-wrong groups)', () => {
    const o = defaultOptions('nft');
    const g = groupStats(rows, o);
    expect(g.rHat[5]).toBe(1);
    expect(g.rHatClamped[5]).toBeCloseTo(0.98, 6);
    expect(g.rHatClamped[9]).toBeCloseTo(0.02, 6);
    expect(g.rHatClamped[0]).toBe(0.25);
    close(g.weight, [0.75, 1 / 3, 0.75, 1 / 3, 0.75, 0.02, 1 / 3, 0.75, 0.02, 0.98]);
    const gg = groupStats(rows, { ...o, weighting: 'grpo', rHatMin: 0.1, rHatMax: 0.9 });
    expect(gg.weight[5]).toBeCloseTo(1 / 3, 6); // sqrt(0.1 / 0.9)
    expect(gg.weight[9]).toBeCloseTo(3, 5); // sqrt(0.9 / 0.1)
  });

  it('GRPO advantages with the Bessel std', () => {
    // [1, 0, 0, 0]: mean 1/4, sum of squares 3/4, Bessel std sqrt(1/4) = 1/2.
    close(grpoAdvantages(group('q', '1000'), 'bessel'), [1.5, -0.5, -0.5, -0.5], 1e-5);
    // [1, 1, 0]: mean 2/3, sum of squares 2/3, Bessel std sqrt(1/3).
    const s = Math.sqrt(1 / 3) + 1e-6;
    close(grpoAdvantages(group(1, '110'), 'bessel'), [1 / 3 / s, 1 / 3 / s, -2 / 3 / s]);
    // Exact 1e-6 in the denominator: [1, 0] has Bessel std sqrt(1/2).
    const a = grpoAdvantages(group(1, '10'), 'bessel');
    expect(a[0]).toBeCloseTo(0.5 / (Math.SQRT1_2 + 1e-6), 6);
  });

  it('GRPO advantages with the population std', () => {
    const s = Math.sqrt(0.25 * 0.75) + 1e-6; // population std = sqrt(r_hat (1 - r_hat))
    close(grpoAdvantages(group('q', '1000'), 'population'), [0.75 / s, -0.25 / s, -0.25 / s, -0.25 / s]);
    close(grpoAdvantages(group('q', '10'), 'population'), [1 / (1 + 2e-6), -1 / (1 + 2e-6)]);
  });

  it('GRPO advantages are 0 in uniform groups and in groups of one', () => {
    const r = [...group(1, '111'), ...group(2, '00'), ...group(3, '1'), ...group(4, '0')];
    for (const std of ['bessel', 'population'] as const) close(grpoAdvantages(r, std), new Array(7).fill(0));
  });

  it('Dr. GRPO advantages are r - mean, groups kept apart', () => {
    const r = [...group('x', '1000'), ...group('y', '110'), ...group('z', '11')];
    close(drGrpoAdvantages(r), [0.75, -0.25, -0.25, -0.25, 1 / 3, 1 / 3, -2 / 3, 0, 0]);
  });

  it('Bessel and population advantages differ by sqrt(K / (K - 1))', () => {
    const r = [...group(0, '1000'), ...group(1, '11000'), ...group(2, '10'), ...group(3, '1110000100')];
    const { groupSize } = rHatPerRow(r);
    const b = grpoAdvantages(r, 'bessel');
    const p = grpoAdvantages(r, 'population');
    for (let i = 0; i < r.length; i++) {
      const K = groupSize[i];
      expect(p[i] / b[i]).toBeCloseTo(Math.sqrt(K / (K - 1)), 5);
    }
  });
});
