/**
 * One chart of several series on shared axes, in recharts: the component every chart of the page draws
 * with (the metric charts, the presenter view, the explainers' curves, the gradient view). Each series
 * has its colour, dash and marker shape; hovering shows every series' value at that x in a tooltip, and
 * charts given the same `syncId` move their cursors together (cursorSync.ts). A drag across the plot
 * asks to zoom into that x range (`onZoom`). Long lines are thinned to a few hundred points (thin.ts)
 * and the chart only redraws when the redraw queue lets it (useRedraw.ts): at most once a second for
 * new data, and only in view, and not at all when its props are the same. The drawing (RechartsChart.tsx)
 * is hidden from screen readers: each caller gives its figure a text summary.
 */
import { useMemo, useRef, useState } from 'react';
import type { Shape } from './armStyle';
import type { Point } from './chartData';
import { type Drag, RechartsChart } from './RechartsChart';
import { useScheduled } from './useRedraw';
import { useShallowStable } from './useStable';

export interface ChartSeries {
  /** Unique in the chart; letters, digits, '-', '_' and '~' only (it is a recharts data key). */
  key: string;
  /** Its name in the tooltip. */
  name: string;
  colour: string;
  /** SVG dash array ('' or undefined: solid). */
  dash?: string;
  /** Marker at each point (drawn while the line has few points). */
  shape?: Shape;
  /** Line width in px (default 2). */
  width?: number;
  /** Drawn faint behind the others and left out of the tooltip (the raw values under an EMA line). */
  faint?: boolean;
  hidden?: boolean;
  /** In x order. */
  points: ReadonlyArray<Point>;
}

export interface SeriesChartProps {
  series: readonly ChartSeries[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  width: number;
  height: number;
  xTitle?: string;
  yTitle?: string;
  /** Whole-number x ticks (iterations). */
  integerX?: boolean;
  /** Charts with the same id share the hover cursor (snapped to each chart's nearest x; cursorSync.ts). */
  syncId?: string;
  /** Values in the tooltip and on the y axis. */
  format?: (v: number) => string;
  /** A drag across the plot: the x range to zoom into. */
  onZoom?: (range: [number, number]) => void;
  /** Vertical lines (e.g. R = 1), each with a short label. */
  markers?: ReadonlyArray<{ x: number; label: string }>;
  /** Bars from the x axis (a histogram behind the curves), in data units. */
  bars?: ReadonlyArray<{ x: number; height: number }>;
  /** A horizontal line at y = 0 (a difference chart). */
  zeroLine?: boolean;
  /** Large type, light on black (the presenter view). */
  large?: boolean;
  /** Redraws for new data wait their turn (at most once a second); anything else changes at once. */
  live?: boolean;
  /** What the person chose to show (zoom, hidden arms, line...): a change redraws without the wait. */
  viewKey?: unknown;
  /** Marker shapes while a line has fewer points than this (default 40). */
  dotsBelow?: number;
  /** The y ticks, where recharts' own would not do (whole numbers for counts). */
  yTicks?: number[];
}

/** The chart, drawn when the redraw queue lets it; an empty box of the same size until the first draw. */
export function SeriesChart(given: SeriesChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag>(null);
  // A parent that re-rendered for something else, with the same props, asks for no redraw.
  const props = useShallowStable(given);
  const element = useMemo(() => <RechartsChart {...props} drag={drag} setDrag={setDrag} />, [props, drag]);
  // A new object whenever what the person chose to show changes: that redraw skips the wait.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the point
  const chosen = useMemo(() => ({}), [props.viewKey, props.width, props.height, drag]);
  const shown = useScheduled(element, props.live ? chosen : element, box);
  return (
    <div
      ref={box}
      className="series-chart"
      aria-hidden="true"
      style={{ width: props.width, height: props.height }}
    >
      {shown}
    </div>
  );
}
