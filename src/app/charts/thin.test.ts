import { describe, expect, it } from 'vitest';
import { lttb, pointBudget } from './thin';

const line = (n: number, f: (i: number) => number) =>
  Array.from({ length: n }, (_v, i) => ({ x: i, y: f(i) }));

describe('lttb', () => {
  it('keeps a short line as it is', () => {
    const pts = line(10, (i) => i * i);
    expect(lttb(pts, 400)).toBe(pts);
  });

  it('thins a long line to the budget, first and last kept, in x order', () => {
    const pts = line(5000, (i) => Math.sin(i / 50));
    const out = lttb(pts, 300);
    expect(out).toHaveLength(300);
    expect(out[0]).toBe(pts[0]);
    expect(out.at(-1)).toBe(pts.at(-1));
    for (let i = 1; i < out.length; i++) expect(out[i].x).toBeGreaterThan(out[i - 1].x);
  });

  it('keeps a lone spike that a plain stride would drop', () => {
    const pts = line(10_000, (i) => (i === 4321 ? 100 : 0));
    const out = lttb(pts, 200);
    expect(out.some((p) => p.y === 100)).toBe(true);
    const stride = pts.filter((_p, i) => i % 50 === 0);
    expect(stride.some((p) => p.y === 100)).toBe(false);
  });

  it('keeps the extremes of a noisy line within a few percent', () => {
    let s = 1;
    const rand = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    const pts = line(20_000, (i) => Math.log1p(i) + rand());
    const out = lttb(pts, 400);
    const max = (p: readonly { y: number }[]) => Math.max(...p.map((q) => q.y));
    const min = (p: readonly { y: number }[]) => Math.min(...p.map((q) => q.y));
    expect(max(out)).toBeGreaterThan(max(pts) - 0.05 * (max(pts) - min(pts)));
    expect(min(out)).toBeLessThan(min(pts) + 0.05 * (max(pts) - min(pts)));
  });

  it('budget: a few hundred points, whatever the width', () => {
    expect(pointBudget(100)).toBe(100);
    expect(pointBudget(2000)).toBe(400);
    expect(pointBudget(10)).toBe(50);
  });
});
