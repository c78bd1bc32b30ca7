import { describe, expect, it } from 'vitest';
import { chartStats } from './chartStats';

describe('chartStats', () => {
  it('gives NaN figures for no samples', () => {
    const s = chartStats([]);
    expect(s.n).toBe(0);
    expect(s.median).toBeNaN();
    expect(s.p90).toBeNaN();
    expect(s.max).toBeNaN();
  });

  it('takes the one sample for all figures', () => {
    expect(chartStats([7.5])).toEqual({ n: 1, median: 7.5, p90: 7.5, max: 7.5 });
  });

  it('averages the two middle samples of an even count, whatever the order', () => {
    expect(chartStats([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, p90: 4, max: 4 });
  });

  it('takes the nearest-rank 90th percentile', () => {
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(chartStats(ten)).toEqual({ n: 10, median: 5.5, p90: 9, max: 10 });
    const eleven = [...ten, 11];
    expect(chartStats(eleven)).toEqual({ n: 11, median: 6, p90: 10, max: 11 });
  });

  it('leaves its input as it was', () => {
    const xs = [3, 1, 2];
    chartStats(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
