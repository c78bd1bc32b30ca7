/**
 * SeriesChart's drawing in recharts (SeriesChart.tsx schedules it). recharts 3 keeps each chart's
 * settings in a store of its own and re-registers an axis, a tooltip or the chart's options whenever
 * their props are new objects, and every such update re-runs the store's selectors. So every prop given
 * here is kept the same object while its value is the same: the themes' styles and margins are
 * constants, the formatters and labels are memoised, and the table of points is rebuilt only when a
 * series' points change (hiding an arm only flips its lines' `hide`). Charts of one `syncId` share the
 * hover cursor through cursorSync.ts rather than recharts' own syncId, which re-renders every chart's
 * tooltip on each move of the pointer.
 */
import { memo, type ReactNode, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  useXAxisInverseDataSnapScale,
  XAxis,
  YAxis,
} from 'recharts';
import { mergeSeries, wholeDomain } from './chartData';
import type { SeriesChartProps } from './SeriesChart';
import { HoverSource, SyncedCursor } from './SyncedCursor';
import { lttb, pointBudget } from './thin';
import { useStableArray } from './useStable';

export type Drag = { from: number; to: number } | null;

export interface ChartProps extends SeriesChartProps {
  drag: Drag;
  setDrag: (d: Drag) => void;
}

const TICK = (v: number) => (Math.abs(v) >= 1e4 ? v.toExponential(1) : String(+v.toPrecision(3)));

function theme(large: boolean) {
  const c = large
    ? { font: 22, grid: '#3a3a3a', axis: '#fff', text: '#fff', cursor: '#bbb', tipBg: '#111' }
    : { font: 11, grid: '#e4e4e8', axis: '#666', text: '#444', cursor: '#888', tipBg: '#fff' };
  return {
    ...c,
    tick: { fill: c.text, fontSize: c.font },
    tip: { background: c.tipBg, fontSize: large ? 20 : 12, padding: '4px 8px' },
    tipLabel: { color: c.text },
    tipCursor: { stroke: c.cursor, strokeWidth: large ? 2 : 1 },
    /** The plot's margins without and with an x axis title. */
    margins: [false, true].map((titled) =>
      large
        ? { top: 16, right: 32, bottom: titled ? 40 : 8, left: 24 }
        : { top: 8, right: 12, bottom: titled ? 18 : 0, left: 0 },
    ),
  };
}
const THEMES = { page: theme(false), large: theme(true) };
const STYLE = { userSelect: 'none' } as const;
/**
 * The tooltip follows the pointer in a task of its own at most this often: not inside the frame that
 * paints a click's or a key's effect (recharts' default, once per animation frame), and half as often.
 */
const HOVER_MS = 32;

type InverseScale = (px: number) => unknown;

/**
 * Inside the chart: keeps `target` on recharts' pixel-to-nearest-x function, so a drag reads its x from
 * each mouse event's own position (recharts' own state lags the pointer by up to HOVER_MS).
 */
function InverseScale(props: { target: { current: InverseScale | undefined } }) {
  const scale = useXAxisInverseDataSnapScale();
  const { target } = props;
  useLayoutEffect(() => {
    target.current = scale;
  }, [scale, target]);
  return null;
}

/** The x of the data point nearest a mouse event over the chart (null outside it, or before a draw). */
function xOf(scale: InverseScale | undefined, e: unknown): number | null {
  const ev = e as { clientX?: unknown; currentTarget?: unknown } | undefined;
  if (!scale || typeof ev?.clientX !== 'number' || !(ev.currentTarget instanceof Element)) return null;
  const v = Number(scale(ev.clientX - ev.currentTarget.getBoundingClientRect().left));
  return Number.isFinite(v) ? v : null;
}

/** The table recharts draws from: one row per x, each series thinned; rebuilt only when points change. */
function useRows(props: ChartProps): Array<Record<string, number>> {
  const { series, width, bars } = props;
  const inputs = useStableArray<unknown>([width, bars, ...series.flatMap((s) => [s.key, s.points])]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `inputs` holds every key and points array read
  return useMemo(() => {
    const budget = pointBudget(width);
    const thinned = series.map((s) => ({ key: s.key, points: lttb(s.points, budget) }));
    const rows = mergeSeries(thinned);
    if (bars) for (const b of bars) rows.push({ x: b.x, __bar: b.height });
    return rows.sort((a, b) => a.x - b.x);
  }, [inputs]);
}

/** A drag across the plot: where it started and is now; on release, the x range to zoom into. */
function useDragHandlers(props: ChartProps, scale: { current: InverseScale | undefined }) {
  const { drag, setDrag, onZoom } = props;
  const onMouseDown = useCallback(
    (_: unknown, e: unknown) => {
      const x = xOf(scale.current, e);
      if (x !== null) setDrag({ from: x, to: x });
    },
    [setDrag, scale],
  );
  const onMouseMove = useCallback(
    (_: unknown, e: unknown) => {
      const x = xOf(scale.current, e);
      if (drag && x !== null && x !== drag.to) setDrag({ from: drag.from, to: x });
    },
    [drag, setDrag, scale],
  );
  const onMouseUp = useCallback(
    (_: unknown, e: unknown) => {
      if (!drag) return;
      setDrag(null);
      const to = xOf(scale.current, e) ?? drag.to;
      const lo = Math.min(drag.from, to);
      const hi = Math.max(drag.from, to);
      if (hi > lo) onZoom?.([lo, hi]);
    },
    [drag, setDrag, onZoom, scale],
  );
  if (!onZoom) return {};
  return drag ? { onMouseDown, onMouseMove, onMouseUp } : { onMouseDown };
}

export const RechartsChart = memo(function RechartsChart(props: ChartProps): ReactNode {
  const { series, width, height, large = false, drag, xTitle, yTitle, integerX } = props;
  const th = large ? THEMES.large : THEMES.page;
  const format = props.format ?? TICK;
  const data = useRows(props);
  const self = useRef({}).current;
  const inverse = useRef<InverseScale | undefined>(undefined);
  const handlers = useDragHandlers(props, inverse);
  const xs = useMemo(() => data.map((r) => r.x), [data]);
  const dotsBelow = props.dotsBelow ?? 40;
  const [x0, x1] = props.xDomain;
  const xDomain = useMemo(
    (): [number, number] => (integerX ? wholeDomain([x0, x1]) : [x0, x1]),
    [integerX, x0, x1],
  );
  const xLabel = useMemo(
    () =>
      xTitle
        ? {
            value: xTitle,
            position: 'insideBottom' as const,
            offset: large ? -24 : -12,
            fill: th.text,
            fontSize: th.font,
          }
        : undefined,
    [xTitle, large, th],
  );
  const yLabel = useMemo(
    () =>
      yTitle
        ? { value: yTitle, angle: -90, position: 'insideLeft' as const, fill: th.text, fontSize: th.font }
        : undefined,
    [yTitle, th],
  );
  const tipValue = useCallback((v: unknown) => (typeof v === 'number' ? format(v) : String(v)), [format]);
  const tipLabel = useCallback((x: unknown) => `${xTitle ?? 'x'} ${TICK(Number(x))}`, [xTitle]);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={th.margins[xTitle ? 1 : 0]}
      accessibilityLayer={false}
      throttleDelay={HOVER_MS}
      style={STYLE}
      {...handlers}
    >
      <CartesianGrid stroke={th.grid} />
      <XAxis
        dataKey="x"
        type="number"
        domain={xDomain}
        allowDataOverflow
        allowDecimals={!integerX}
        tickFormatter={TICK}
        stroke={th.axis}
        tick={th.tick}
        label={xLabel}
        height={large ? 56 : xTitle ? 36 : 24}
      />
      <YAxis
        type="number"
        domain={props.yDomain as [number, number]}
        ticks={props.yTicks}
        allowDataOverflow
        tickFormatter={format}
        stroke={th.axis}
        tick={th.tick}
        width={large ? 96 : yTitle ? 58 : 48}
        label={yLabel}
      />
      {props.bars && <Bar dataKey="__bar" fill="#d8d8e0" isAnimationActive={false} />}
      {props.zeroLine && <ReferenceLine y={0} stroke={th.axis} />}
      {props.markers?.map((m) => (
        <ReferenceLine
          key={m.label}
          x={m.x}
          stroke={th.axis}
          strokeDasharray="2 3"
          label={{ value: m.label, position: 'insideTopRight', fill: th.text, fontSize: th.font }}
        />
      ))}
      <Tooltip
        isAnimationActive={false}
        formatter={tipValue}
        labelFormatter={tipLabel}
        contentStyle={th.tip}
        labelStyle={th.tipLabel}
        cursor={th.tipCursor}
      />
      {props.onZoom && <InverseScale target={inverse} />}
      {props.syncId !== undefined && <HoverSource group={props.syncId} self={self} />}
      {props.syncId !== undefined && (
        <SyncedCursor
          group={props.syncId}
          self={self}
          xs={xs}
          stroke={th.tipCursor.stroke}
          strokeWidth={th.tipCursor.strokeWidth}
        />
      )}
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
        <ReferenceArea x1={drag.from} x2={drag.to} fill={th.cursor} fillOpacity={0.2} />
      )}
    </ComposedChart>
  );
});
