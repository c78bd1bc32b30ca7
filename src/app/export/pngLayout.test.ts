import { describe, expect, it } from 'vitest';
import { METRICS } from '../charts/series';
import { layoutChartImage, PAD, rowSubtitle } from './pngLayout';

/** 7 px per character, whatever the font. */
const measure = (text: string) => text.length * 7;
const panel = (name: string, width = 300, height = 160) => ({ name, colour: '#0072B2', width, height });
const entries = (...names: string[]) => names.map((name) => ({ name, colour: '#0072B2', dash: '' }));

describe('layoutChartImage', () => {
  it('puts the panels side by side under the title, the legend and their names', () => {
    const l = layoutChartImage(
      'loss',
      'x: iteration',
      entries('nft', 'rft'),
      [panel('nft'), panel('rft')],
      measure,
    );
    expect(l.width).toBe(PAD * 2 + 300 + 12 + 300);
    expect(l.title).toMatchObject({ text: 'loss', x: PAD });
    expect(l.subtitle?.y).toBeGreaterThan(l.title.y);
    expect(l.legend.map((g) => g.text)).toEqual(['nft', 'rft']);
    expect(l.legend[1].x).toBeGreaterThan(l.legend[0].x);
    expect(l.legend[1].y).toBe(l.legend[0].y);
    const [a, b] = l.panels;
    expect(a.y).toBeGreaterThan(l.legend[0].y);
    expect(a.label.y).toBeLessThan(a.y);
    expect(b.x).toBe(a.x + 300 + 12);
    expect(l.height).toBe(Math.ceil(a.y + 160 + PAD));
  });

  it('is as wide as a long title, and wraps a legend wider than the image', () => {
    const title = 'x'.repeat(100);
    const l = layoutChartImage(title, '', entries('a'), [panel('a', 100)], measure);
    expect(l.width).toBe(PAD * 2 + 700);
    expect(l.subtitle).toBeNull();
    const names = ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'];
    const wide = layoutChartImage(
      't',
      '',
      entries(...names),
      names.map((n) => panel(n, 40)),
      measure,
    );
    const rows = new Set(wide.legend.map((g) => g.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const g of wide.legend) expect(g.x + 28 + 6 + measure(g.text)).toBeLessThanOrEqual(wide.width - PAD);
    expect(wide.panels[0].y).toBeGreaterThan(Math.max(...rows));
  });
});

describe('rowSubtitle', () => {
  it('says the line styles as the page does, the x axis and the smoothing', () => {
    const accuracy = METRICS.find((m) => m.id === 'accuracy') ?? METRICS[0];
    const loss = METRICS.find((m) => m.id === 'loss') ?? METRICS[0];
    expect(rowSubtitle(accuracy, 'charts.iteration', 0.6)).toBe(
      'greedy solid, sampled dashed · x: iteration · bold: EMA 0.60, faint: raw',
    );
    expect(rowSubtitle(loss, 'charts.answersSeen', 0)).toBe('x: answers seen');
  });
});
