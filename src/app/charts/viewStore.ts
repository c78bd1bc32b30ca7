/** How the charts are drawn (not part of an experiment's settings). */
import { create } from 'zustand';
import type { XAxisKind } from './series';

export interface ChartView {
  smoothing: number;
  xAxis: XAxisKind;
}

export const useChartView = create<ChartView>()(() => ({ smoothing: 0.6, xAxis: 'iteration' }));
