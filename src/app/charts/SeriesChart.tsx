/**
 * One chart of several series on shared axes, in recharts: the component every chart of the page draws
 * with (the metric charts, the presenter view, the explainers' curves, the gradient view). Each series
 * has its colour, dash and marker shape; hovering shows every series' value at that x in a tooltip, and
 * charts given the same `syncId` move their cursors together. A drag across the plot asks to zoom into
 * that x range (`onZoom`). Long lines are thinned to a few hundred points (thin.ts) and the chart only
 * redraws when the redraw queue lets it (useRedraw.ts): at most once a second for new data, and only
 * in view. The drawing is hidden from screen readers: each caller gives its figure a text summary.
 */
import { memo, type ReactNode, useMemo, useRef, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Shape } from './armStyle';
import { mergeSeries, nearestTick, type Point, wholeDomain } from './chartData';
import { lttb, pointBudget } from './thin';
import { useScheduled } from './useRedraw';

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
  /** Charts with the same id share the hover cursor (snapped to each chart's nearest x). */
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

const TICK = (v: number) => (Math.abs(v) >= 1e4 ? v.toExponential(1) : String(+v.toPrecision(3)));
const THEMES = {
  page: { font: 11, grid: '#e4e4e8', axis: '#666', text: '#444', cursor: '#888', tipBg: '#fff' },
  large: { font: 22, grid: '#3a3a3a', axis: '#fff', text: '#fff', cursor: '#bbb', tipBg: '#111' },
} as const;

/** The chart, drawn when the redraw queue lets it; an empty box of the same size until the first draw. */
export function SeriesChart(props: SeriesChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const element = useMemo(() => <Chart {...props} drag={drag} setDrag={setDrag} />, [props, drag]);
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

interface ChartProps extends SeriesChartProps {
  drag: { from: number; to: number } | null;
  setDrag: (d: { from: number; to: number } | null) => void;
}

const Chart = memo(function Chart(props: ChartProps): ReactNode {
  const { series, width, height, large, drag, setDrag, onZoom } = props;
  const theme = large ? THEMES.large : THEMES.page;
  const format = props.format ?? TICK;
  const data = useMemo(() => {
    const budget = pointBudget(width);
    const thinned = series.map((s) => ({ key: s.key, points: lttb(s.points, budget) }));
    const rows = mergeSeries(thinned);
    if (props.bars) for (const b of props.bars) rows.push({ x: b.x, __bar: b.height });
    return rows.sort((a, b) => a.x - b.x);
  }, [series, width, props.bars]);
  const dotsBelow = props.dotsBelow ?? 40;
  const margin = large
    ? { top: 16, right: 32, bottom: props.xTitle ? 40 : 8, left: 24 }
    : { top: 8, right: 12, bottom: props.xTitle ? 18 : 0, left: 0 };
  const at = (e: { activeLabel?: unknown } | null) => {
    const v = Number(e?.activeLabel);
    return Number.isFinite(v) ? v : null;
  };
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={margin}
      syncId={props.syncId}
      syncMethod={(ticks, d) => nearestTick(ticks, d.activeLabel)}
      accessibilityLayer={false}
      style={{ userSelect: 'none' }}
      onMouseDown={
        onZoom
          ? (e) => {
              const x = at(e);
              if (x !== null) setDrag({ from: x, to: x });
            }
          : undefined
      }
      onMouseMove={
        onZoom && drag
          ? (e) => {
              const x = at(e);
              if (x !== null && x !== drag.to) setDrag({ from: drag.from, to: x });
            }
          : undefined
      }
      onMouseUp={
        onZoom && drag
          ? () => {
              setDrag(null);
              const lo = Math.min(drag.from, drag.to);
              const hi = Math.max(drag.from, drag.to);
              if (hi > lo) onZoom([lo, hi]);
            }
          : undefined
      }
    >
      <CartesianGrid stroke={theme.grid} />
      <XAxis
        dataKey="x"
        type="number"
        domain={props.integerX ? wholeDomain(props.xDomain) : (props.xDomain as [number, number])}
        allowDataOverflow
        allowDecimals={!props.integerX}
        tickFormatter={TICK}
        stroke={theme.axis}
        tick={{ fill: theme.text, fontSize: theme.font }}
        label={
          props.xTitle
            ? {
                value: props.xTitle,
                position: 'insideBottom',
                offset: large ? -24 : -12,
                fill: theme.text,
                fontSize: theme.font,
              }
            : undefined
        }
        height={large ? 56 : props.xTitle ? 36 : 24}
      />
      <YAxis
        type="number"
        domain={props.yDomain as [number, number]}
        ticks={props.yTicks}
        allowDataOverflow
        tickFormatter={format}
        stroke={theme.axis}
        tick={{ fill: theme.text, fontSize: theme.font }}
        width={large ? 96 : props.yTitle ? 58 : 48}
        label={
          props.yTitle
            ? {
                value: props.yTitle,
                angle: -90,
                position: 'insideLeft',
                fill: theme.text,
                fontSize: theme.font,
              }
            : undefined
        }
      />
      {props.bars && <Bar dataKey="__bar" fill="#d8d8e0" isAnimationActive={false} />}
      {props.zeroLine && <ReferenceLine y={0} stroke={theme.axis} />}
      {props.markers?.map((m) => (
        <ReferenceLine
          key={m.label}
          x={m.x}
          stroke={theme.axis}
          strokeDasharray="2 3"
          label={{ value: m.label, position: 'insideTopRight', fill: theme.text, fontSize: theme.font }}
        />
      ))}
      <Tooltip
        isAnimationActive={false}
        formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
        labelFormatter={(x) => `${props.xTitle ?? 'x'} ${TICK(Number(x))}`}
        contentStyle={{ background: theme.tipBg, fontSize: large ? 20 : 12, padding: '4px 8px' }}
        labelStyle={{ color: theme.text }}
        cursor={{ stroke: theme.cursor, strokeWidth: large ? 2 : 1 }}
      />
      {series.map((s) => {
        const few = s.points.length < dotsBelow;
        const r = large ? 7 : 3.5;
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="linear"
            stroke={s.colour}
            strokeWidth={s.faint ? 1 : (s.width ?? 2)}
            strokeOpacity={s.faint ? 0.3 : 1}
            strokeDasharray={s.dash || undefined}
            hide={s.hidden}
            connectNulls
            dot={
              !s.faint && few && s.shape ? { symbol: s.shape, r, fill: s.colour, strokeDasharray: '' } : false
            }
            activeDot={s.faint ? false : { r: r + 1, fill: s.colour }}
            tooltipType={s.faint ? 'none' : undefined}
            legendType="none"
            isAnimationActive={false}
          />
        );
      })}
      {drag && drag.to !== drag.from && (
        <ReferenceArea x1={drag.from} x2={drag.to} fill={theme.cursor} fillOpacity={0.2} />
      )}
    </ComposedChart>
  );
});
