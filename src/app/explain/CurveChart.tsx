/**
 * Curves on one pair of axes, drawn by the page's chart (SeriesChart, recharts), with dash styles so
 * that colour is never the only signal, and optional vertical markers and histogram bars. Hidden from
 * screen readers: each explainer gives its figure a text summary and a table of the numbers.
 */
import { useMemo } from 'react';
import { LegendKey } from '../charts/LegendKey';
import { type ChartSeries, SeriesChart } from '../charts/SeriesChart';

export interface Curve {
  key: string;
  label: string;
  colour: string;
  /** SVG stroke-dasharray ('' or undefined: solid). */
  dash?: string;
  points: ReadonlyArray<{ x: number; y: number }>;
}

export function CurveChart(props: {
  curves: Curve[];
  xDomain: [number, number];
  yDomain: [number, number];
  /** The y ticks, where the chart's own would not do (whole numbers for counts). */
  yTicks?: number[];
  xTitle: string;
  yTitle: string;
  /** Vertical lines (e.g. R = 1), each with a short label. */
  markers?: ReadonlyArray<{ x: number; label: string }>;
  /** Bars from the x axis (a histogram behind the curves), in data units. */
  bars?: ReadonlyArray<{ x: number; height: number; width: number }>;
  width?: number;
  height?: number;
}) {
  const { curves, yDomain } = props;
  const [lo, hi] = yDomain;
  const series = useMemo(
    (): ChartSeries[] =>
      curves.map((c) => ({
        key: c.key.replace(/[^\w~-]/g, '_'),
        name: c.label,
        colour: c.colour,
        dash: c.dash,
        points: c.points.map((p) => ({ x: p.x, y: Math.min(hi, Math.max(lo, p.y)) })),
      })),
    [curves, lo, hi],
  );
  const bars = useMemo(() => props.bars?.map((b) => ({ x: b.x, height: b.height })), [props.bars]);
  return (
    <div aria-hidden="true">
      <SeriesChart
        series={series}
        xDomain={props.xDomain}
        yDomain={yDomain}
        yTicks={props.yTicks}
        width={props.width ?? 320}
        height={props.height ?? 190}
        xTitle={props.xTitle}
        yTitle={props.yTitle}
        markers={props.markers}
        bars={bars}
        dotsBelow={0}
      />
    </div>
  );
}

/** The legend under a chart: each curve's line style drawn and named in words. */
export function CurveLegend({ curves }: { curves: Curve[] }) {
  return (
    <ul className="explain-legend">
      {curves.map((c) => (
        <li key={c.key}>
          <LegendKey colour={c.colour} dash={c.dash} width={28} size={10} /> {c.label}
        </li>
      ))}
    </ul>
  );
}
