import { describe, expect, it } from 'vitest';
import { shallowEqual } from './useStable';

describe('shallowEqual', () => {
  const f = () => 1;
  const points = [{ x: 0, y: 1 }];
  it('the same keys with the same values (===) are equal', () => {
    expect(shallowEqual({ a: 1, f, points }, { points, a: 1, f })).toBe(true);
    expect(shallowEqual({}, {})).toBe(true);
  });
  it('a new function, a copied array, another value or another key are not', () => {
    expect(shallowEqual({ f }, { f: () => 1 })).toBe(false);
    expect(shallowEqual({ points }, { points: [...points] })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(shallowEqual({ a: undefined }, {})).toBe(false);
  });
});
