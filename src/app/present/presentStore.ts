/**
 * The presenter view's state: open or not, and which metric fills the screen (zustand). Pure helpers
 * beside it pick the metric after or before the current one.
 */
import { create } from 'zustand';
import { METRICS } from '../charts/series';

export const PRESENT_METRICS: readonly string[] = METRICS.map((m) => m.id);

export interface PresentState {
  open: boolean;
  metric: string;
  /** The link for attendees (a QR code) fills the screen instead of the chart. */
  link: boolean;
}

export const usePresentStore = create<PresentState>()(() => ({
  open: false,
  metric: PRESENT_METRICS[0],
  link: false,
}));

/** The metric `step` places after `current` (negative: before), wrapping round. */
export function cycleMetric(current: string, step: number): string {
  const n = PRESENT_METRICS.length;
  const i = Math.max(0, PRESENT_METRICS.indexOf(current));
  return PRESENT_METRICS[(((i + step) % n) + n) % n];
}

/** Opens the view on `metric` (default: the one shown last). */
export function openPresenter(metric?: string): void {
  usePresentStore.setState((s) => ({
    open: true,
    metric: metric && PRESENT_METRICS.includes(metric) ? metric : s.metric,
    link: false,
  }));
}

export const closePresenter = () => usePresentStore.setState({ open: false });

/** Another metric (the chart comes back if the link was shown). */
export const switchMetric = (step: number) =>
  usePresentStore.setState((s) => ({ metric: cycleMetric(s.metric, step), link: false }));

export const toggleLink = () => usePresentStore.setState((s) => ({ link: !s.link }));
