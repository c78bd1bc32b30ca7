import { describe, expect, it } from 'vitest';
import { fitDomain, mergeSeries, wholeDomain } from './chartData';

describe('mergeSeries', () => {
  it('one row per x, each series under its key, gaps where a series has no point', () => {
    const rows = mergeSeries([
      {
        key: 'a',
        points: [
          { x: 0, y: 0.4 },
          { x: 2, y: 0.5 },
        ],
      },
      {
        key: 'b',
        points: [
          { x: 2, y: 0.6 },
          { x: 1, y: 0.1 },
          { x: 3, y: Number.NaN },
        ],
      },
    ]);
    expect(rows).toEqual([
      { x: 0, a: 0.4 },
      { x: 1, b: 0.1 },
      { x: 2, a: 0.5, b: 0.6 },
    ]);
  });
});

describe('fitDomain', () => {
  it('fits the data, not 0..1: 38.6% to 44% fills the chart', () => {
    const [lo, hi] = fitDomain([
      [
        { x: 0, y: 0.386 },
        { x: 1, y: 0.44 },
      ],
    ]);
    expect(lo).toBeGreaterThanOrEqual(0.37);
    expect(lo).toBeLessThanOrEqual(0.386);
    expect(hi).toBeGreaterThanOrEqual(0.44);
    expect(hi).toBeLessThanOrEqual(0.45);
  });

  it('only the points inside the zoomed x range; padded when flat; clamped; [0, 1] when empty', () => {
    const pts = [
      { x: 0, y: 10 },
      { x: 5, y: 1 },
      { x: 6, y: 2 },
    ];
    expect(fitDomain([pts], [4, 7])).toEqual([1, 2]);
    const [lo, hi] = fitDomain([[{ x: 0, y: 3 }]]);
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
    expect(
      fitDomain(
        [
          [
            { x: 0, y: 0.99 },
            { x: 1, y: 0.9 },
          ],
        ],
        null,
        [0, 1],
      )[1],
    ).toBe(1);
    expect(fitDomain([])).toEqual([0, 1]);
  });
});

describe('wholeDomain', () => {
  it('whole numbers, at least 1 wide', () => {
    expect(wholeDomain([0.9, 1.1])).toEqual([0, 2]);
    expect(wholeDomain([0, 12])).toEqual([0, 12]);
    expect(wholeDomain([3, 3])).toEqual([3, 4]);
  });
});
