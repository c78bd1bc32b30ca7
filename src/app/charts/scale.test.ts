import { describe, expect, it } from 'vitest';
import { dotsPath, linearScale, linePath, niceTicks, tickLabel } from './scale';

describe('chart geometry', () => {
  it('linear scales map the domain onto the range, flipped for y', () => {
    const sy = linearScale([0, 1], [140, 0]);
    expect(sy(0)).toBe(140);
    expect(sy(1)).toBe(0);
    expect(sy(0.25)).toBe(105);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('round ticks inside the domain, whole numbers when asked', () => {
    expect(niceTicks([0, 1], 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks([0.3, 1.9], 5)).toEqual([0.5, 1, 1.5]);
    expect(niceTicks([-0.02, 0.04], 5)).toEqual([-0.02, 0, 0.02, 0.04]);
    expect(niceTicks([0, 3], 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks([0, 1], 5, true)).toEqual([0, 1]);
    expect(niceTicks([0, 1000], 5, true)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks([2, 2], 5)).toEqual([2]);
  });

  it('paths go through every finite value and break at a missing one', () => {
    const id = (v: number) => v;
    const rows = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: Number.NaN },
      { x: 3, y: 4 },
      { x: 4, y: 5 },
    ];
    expect(linePath(rows, 'y', id, id)).toBe('M0.0,1.0L1.0,2.0M3.0,4.0L4.0,5.0');
    expect(linePath([], 'y', id, id)).toBe('');
    expect(linePath([{ x: 0 }], 'y', id, id)).toBe('');
  });

  it('dots: one circle of two arcs per finite value', () => {
    const id = (v: number) => v;
    expect(
      dotsPath(
        [
          { x: 10, y: 20 },
          { x: 11, y: Number.NaN },
        ],
        'y',
        id,
        id,
        2,
      ),
    ).toBe('M8.0,20.0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
  });
});

describe('tickLabel', () => {
  it('writes 3 significant digits, 0 for values tiny next to the span, exponents from 10^4', () => {
    const label = tickLabel([0, 1]);
    expect([0.5, 0.123456, 1e-7, -1e-6].map(label)).toEqual(['0.5', '0.123', '0', '0']);
    expect(tickLabel([0, 1e-6])(1e-7)).toBe('1e-7');
    expect(tickLabel([0, 50000])(25000)).toBe('2.5e+4');
  });
});
