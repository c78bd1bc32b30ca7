import { getNiceTickValues } from 'recharts';
import { describe, expect, it } from 'vitest';
import { COUNT_TICKS, countAxis } from './countAxis';

describe('the r̂ histogram counts questions', () => {
  it('has whole-number ticks from 0 to a top every bar fits under, for any count', () => {
    for (let max = 0; max <= 300; max++) {
      const { domain, ticks } = countAxis([0, max, 1]);
      expect(ticks.every(Number.isInteger), `max ${max}: ${ticks}`).toBe(true);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(COUNT_TICKS + 1);
    }
  });

  it("(recharts' own ticks on a domain of [0, 1], as before, fell at 0.25 of a question)", () => {
    expect(getNiceTickValues([0, 1], 5, true).some((v) => !Number.isInteger(v))).toBe(true);
  });
});
