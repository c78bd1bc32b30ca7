import { beforeEach, describe, expect, it } from 'vitest';
import { METRICS } from '../charts/series';
import { presentAction } from './presentAction';
import {
  closePresenter,
  cycleMetric,
  openPresenter,
  PRESENT_METRICS,
  switchMetric,
  toggleLink,
  usePresentStore,
} from './presentStore';

describe('presenter state', () => {
  beforeEach(() => usePresentStore.setState({ open: false, metric: 'accuracy' }));

  it('offers every chart metric, in the grid order', () => {
    expect(PRESENT_METRICS).toEqual(METRICS.map((m) => m.id));
    expect(PRESENT_METRICS[0]).toBe('accuracy');
  });

  it('cycles forwards and backwards, wrapping round', () => {
    const last = PRESENT_METRICS[PRESENT_METRICS.length - 1];
    expect(cycleMetric('accuracy', 1)).toBe(PRESENT_METRICS[1]);
    expect(cycleMetric('accuracy', -1)).toBe(last);
    expect(cycleMetric(last, 1)).toBe('accuracy');
    expect(cycleMetric('accuracy', PRESENT_METRICS.length)).toBe('accuracy');
  });

  it('opens on a named metric, ignores an unknown one, and closes', () => {
    openPresenter('loss');
    expect(usePresentStore.getState()).toEqual({ open: true, metric: 'loss', link: false });
    closePresenter();
    openPresenter('nonsense');
    expect(usePresentStore.getState()).toEqual({ open: true, metric: 'loss', link: false });
    switchMetric(-1);
    expect(usePresentStore.getState().metric).toBe('accuracy');
  });

  it('the link replaces the chart until L again, another metric or the next opening', () => {
    openPresenter('loss');
    toggleLink();
    expect(usePresentStore.getState().link).toBe(true);
    toggleLink();
    expect(usePresentStore.getState().link).toBe(false);
    toggleLink();
    switchMetric(1);
    expect(usePresentStore.getState().link).toBe(false);
    toggleLink();
    closePresenter();
    openPresenter();
    expect(usePresentStore.getState()).toEqual({ open: true, metric: PRESENT_METRICS[2], link: false });
  });

  it('the P action toggles the view', () => {
    expect(presentAction.keys).toContain('p');
    presentAction.perform();
    expect(usePresentStore.getState().open).toBe(true);
    presentAction.perform();
    expect(usePresentStore.getState().open).toBe(false);
  });
});
