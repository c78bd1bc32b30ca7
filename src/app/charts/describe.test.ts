import { describe, expect, it } from 'vitest';
import { metricValue, panelSummary } from './describe';
import { METRICS, type Row } from './series';

const byId = (id: string) => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('chart text summaries', () => {
  it('writes shares as percentages and other values to 3 digits', () => {
    expect(metricValue(byId('accuracy'), 0.5833)).toBe('58.3%');
    expect(metricValue(byId('loss'), 0.012345)).toBe('0.0123');
    expect(metricValue(byId('loss'), undefined)).toBe('–');
  });

  it("summarises a panel: its points and every line's latest raw value", () => {
    const rows = [
      { x: 0, greedy: 0.5, sampled: 0.25 },
      { x: 1, greedy: 0.75, sampled: 0.5 },
    ] as Row[];
    expect(panelSummary(byId('accuracy'), 'nft', rows)).toBe(
      'held-out accuracy, nft: 2 points; latest at x = 1: greedy 75.0%, sampled 50.0%',
    );
    expect(panelSummary(byId('loss'), 'rft', [])).toBe('loss, rft: 0 points');
  });
});
