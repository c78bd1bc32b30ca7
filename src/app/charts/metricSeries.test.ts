import { describe, expect, it } from 'vitest';
import { armStyles } from './armStyle';
import { armPanelSeries, differencePoints, overlaySeries, widthOf } from './metricSeries';
import { METRICS, type Row } from './series';

const styles = armStyles([
  { name: 'nft', method: 'nft' },
  { name: 'rft', method: 'rft' },
]);
const rows = (ys: number[]): Row[] => ys.map((y, x) => ({ x, greedy: y, 'greedy~': y + 0.01 }) as Row);

describe('overlaySeries', () => {
  it('every arm on one chart: smoothed in its style, raw faint behind, hidden arms kept but hidden', () => {
    const s = overlaySeries(styles, [rows([0.4, 0.5]), rows([0.4, 0.45])], 'greedy', 0.6, ['rft']);
    expect(s.map((x) => [x.key, x.faint ?? false, x.hidden])).toEqual([
      ['a0_raw', true, false],
      ['a0', false, false],
      ['a1_raw', true, true],
      ['a1', false, true],
    ]);
    expect(s[1].points.map((p) => p.x)).toEqual([0, 1]);
    expect(s[1].points[1].y).toBeCloseTo(0.51, 9);
    expect(s[0].points[1].y).toBe(0.5);
    expect(s[1].colour).not.toBe(s[3].colour);
    expect(s[1].dash).not.toBe(s[3].dash);
    expect(s[1].width).toBeGreaterThan(s[3].width ?? 0);
    expect(overlaySeries(styles, [rows([1]), rows([1])], 'greedy', 0, []).every((x) => !x.faint)).toBe(true);
  });

  it("hiding an arm keeps every line's points array (a chart keeps its table); new rows make new ones", () => {
    const data = [rows([0.4, 0.5]), rows([0.4, 0.45])];
    const shown = overlaySeries(styles, data, 'greedy', 0.6, []);
    const hidden = overlaySeries(styles, data, 'greedy', 0.6, ['rft']);
    expect(hidden.map((s) => s.points)).toEqual(shown.map((s) => s.points));
    for (const [i, s] of shown.entries()) expect(hidden[i].points).toBe(s.points);
    const grown = overlaySeries(styles, [data[0], rows([0.4, 0.45, 0.5])], 'greedy', 0.6, []);
    expect(grown[1].points).toBe(shown[1].points);
    expect(grown[3].points).not.toBe(shown[3].points);
    expect(grown[3].points).toHaveLength(3);
  });

  it('the first arm draws widest', () => {
    expect(widthOf(0, 3)).toBeGreaterThan(widthOf(1, 3));
    expect(widthOf(2, 3)).toBe(2);
  });
});

describe('armPanelSeries', () => {
  it("one arm's panel: each line dashed as the row's heading says", () => {
    const acc = METRICS.find((m) => m.id === 'accuracy') ?? METRICS[0];
    const s = armPanelSeries(
      styles[0],
      acc,
      [{ x: 0, greedy: 0.4, 'greedy~': 0.4, sampled: 0.2, 'sampled~': 0.2 } as Row],
      0,
    );
    expect(s.map((x) => [x.key, x.dash])).toEqual([
      ['greedy~', ''],
      ['sampled~', '4 3'],
    ]);
  });
});

describe('differencePoints', () => {
  it('a minus b at the x both have', () => {
    const a = [
      { x: 0, y: 0.5 },
      { x: 1, y: 0.6 },
      { x: 2, y: 0.7 },
    ].map((p) => ({ x: p.x, v: p.y }) as Row);
    const b = [
      { x: 0, y: 0.4 },
      { x: 2, y: 0.75 },
    ].map((p) => ({ x: p.x, v: p.y }) as Row);
    const d = differencePoints(a, b, 'v');
    expect(d.map((p) => p.x)).toEqual([0, 2]);
    expect(d[0].y).toBeCloseTo(0.1, 9);
    expect(d[1].y).toBeCloseTo(-0.05, 9);
  });
});
