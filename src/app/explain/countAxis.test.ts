import { describe, expect, it } from 'vitest';
import { niceTicks } from '../charts/scale';
import { COUNT_TICKS, countDomain } from './countAxis';

describe('the r̂ histogram counts questions', () => {
  it('has whole-number ticks for any count', () => {
    for (let max = 0; max <= 300; max++) {
      const ticks = niceTicks(countDomain([0, max, 1]), COUNT_TICKS);
      expect(ticks.every(Number.isInteger), `max ${max}: ${ticks}`).toBe(true);
      expect(countDomain([max])[1]).toBeGreaterThanOrEqual(max); // every bar fits
    }
  });

  it('(a domain of [0, max(1, counts)], as before, had ticks at 0.5)', () => {
    expect(niceTicks([0, 1], COUNT_TICKS).some((v) => !Number.isInteger(v))).toBe(true);
  });
});
