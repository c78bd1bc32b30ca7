import { describe, expect, it } from 'vitest';
import { pairedSummary, studentTCdf, studentTQuantile, summariseDifferences } from './pairedStats';

describe('Student t', () => {
  // Two-sided 95% critical values, from any printed t table (4 significant digits there).
  const TABLE: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [14, 2.145],
    [19, 2.093],
    [29, 2.045],
    [120, 1.98],
  ];
  it.each(TABLE)('the 0.975 quantile at %i degrees of freedom is %f', (df, value) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(value, 2);
  });

  it('matches closed forms: df 1 is Cauchy, df 2 has t = (2p - 1) / sqrt(2p(1 - p))', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 8);
    }
  });

  it('approaches the normal quantile for many degrees of freedom, and is symmetric', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 4);
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(studentTQuantile(0.9, 3), 3)).toBeCloseTo(0.9, 10);
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('paired summary', () => {
  it('pins the interval on known data (worked by hand)', () => {
    // Differences 2, -1, 3, 0, 6: mean 2, sum of squares 0+9+1+4+16 = 30, sd = sqrt(30/4) = 2.7386,
    // t(0.975, 4) = 2.7764, half-width = 2.7764 * 2.7386 / sqrt(5) = 3.4004.
    const s = pairedSummary([12, 9, 13, 10, 16], [10, 10, 10, 10, 10]);
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(2, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(7.5), 12);
    expect(s.halfWidth).toBeCloseTo(3.4004, 3);
    expect(s.low).toBeCloseTo(2 - 3.4004, 3);
    expect(s.high).toBeCloseTo(2 + 3.4004, 3);
    expect([s.aAhead, s.bAhead, s.ties]).toEqual([3, 1, 1]);
  });

  it('counts equal figures as ties with a zero-width interval', () => {
    const s = pairedSummary([1, 2, 3], [1, 2, 3]);
    expect(s.mean).toBe(0);
    expect(s.halfWidth).toBe(0);
    expect([s.aAhead, s.bAhead, s.ties]).toEqual([0, 0, 3]);
  });

  it('has no interval under two pairs, and skips non-finite pairs', () => {
    const one = summariseDifferences([4]);
    expect(one.mean).toBe(4);
    expect(Number.isNaN(one.low)).toBe(true);
    const s = pairedSummary([1, Number.NaN, 3], [0, 0, 1]);
    expect(s.n).toBe(2);
    // Differences 1 and 2: mean 1.5, sd 0.7071, t(0.975, 1) = 12.706, half-width 6.353.
    expect(s.halfWidth).toBeCloseTo(6.353, 2);
  });

  it('refuses figures of unequal length', () => {
    expect(() => pairedSummary([1, 2], [1])).toThrow(RangeError);
  });
});
