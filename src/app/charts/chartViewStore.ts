/** How the charts are drawn (not part of an experiment's settings). */
import { useDeferredValue } from 'react';
import { create } from 'zustand';
import type { XAxisKind } from './series';

export type ChartMode = 'overlay' | 'multiples';

export interface ChartView {
  smoothing: number;
  xAxis: XAxisKind;
  /** One chart per metric with every arm (default), or one panel per arm and metric. */
  mode: ChartMode;
  /** Arms hidden by a click on their legend entry. */
  hidden: readonly string[];
  /** Share metrics on a fixed 0 to 1 axis instead of one fitted to the data. */
  fullRange: boolean;
  /** The x range zoomed into (a drag across a chart); null: all of it. */
  xZoom: readonly [number, number] | null;
  /** The line of a several-line metric the overlay chart shows (metric id to line key; else the first). */
  lineOf: Readonly<Record<string, string>>;
  /** An "NFT minus RFT" chart under each overlay chart, when both arms run. */
  difference: boolean;
}

export const useChartView = create<ChartView>()(() => ({
  smoothing: 0.6,
  xAxis: 'iteration',
  mode: 'overlay',
  hidden: [],
  fullRange: false,
  xZoom: null,
  lineOf: {},
  difference: false,
}));

/**
 * The view as the charts draw it: a deferred copy, so a click or a key on a chart control is painted at
 * once (the control's own state), and the charts then redraw in an interruptible render of their own
 * rather than inside the interaction (issue 14's rule: interactions answered within 100 ms at p95).
 * The controls themselves read useChartView.
 */
export function useChartViewDeferred(): ChartView {
  return useDeferredValue(useChartView());
}

export function toggleArm(name: string): void {
  useChartView.setState((v) => ({
    hidden: v.hidden.includes(name) ? v.hidden.filter((n) => n !== name) : [...v.hidden, name],
  }));
}
