/**
 * Several series on one pair of axes, every point marked (a handful of evaluations), in recharts: a
 * scatter per series joined in its own order (entropy against accuracy need not rise along x), each
 * with its colour, dash and shape, a tooltip on hover. Hidden from screen readers: the caller gives
 * the figure a text summary.
 */
import { useMemo, useRef } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { SHAPES, type Shape } from '../charts/armStyle';
import { useScheduled } from '../charts/useRedraw';

export interface XYSeries {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  shape?: Shape;
  /** In the order the line joins them. */
  points: ReadonlyArray<{ x: number; y: number }>;
}

const TICK = (v: number) => String(+v.toPrecision(3));
const FONT = 11;
/** A little room around the data, so no dot sits on an axis. */
const pad = ([lo, hi]: [number, number]): [number, number] => [lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04];

export function XYChart(props: {
  series: XYSeries[];
  xDomain: [number, number];
  yDomain: [number, number];
  xTitle: string;
  yTitle: string;
  width?: number;
  height?: number;
  integerX?: boolean;
  /** Fill each series' last point (where an arm is now); the others are hollow. */
  markLast?: boolean;
}) {
  const { series, xTitle, yTitle, width = 320, height = 190 } = props;
  // A little room around the data, so no dot sits on an axis.
  const [x0, x1] = props.xDomain;
  const [y0, y1] = props.yDomain;
  const chart = useMemo(
    () => (
      <ScatterChart
        width={width}
        height={height}
        margin={{ top: 8, right: 12, bottom: 18, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e4e4e8" />
        <XAxis
          dataKey="x"
          type="number"
          domain={pad([x0, x1])}
          allowDecimals={!props.integerX}
          tickFormatter={TICK}
          stroke="#666"
          tick={{ fontSize: FONT }}
          height={36}
          label={{ value: xTitle, position: 'insideBottom', offset: -12, fontSize: FONT, fill: '#444' }}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={pad([y0, y1])}
          tickFormatter={TICK}
          stroke="#666"
          tick={{ fontSize: FONT }}
          width={58}
          label={{ value: yTitle, angle: -90, position: 'insideLeft', fontSize: FONT, fill: '#444' }}
        />
        <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? TICK(v) : String(v))} />
        {series.map((s, i) => (
          <Scatter
            key={s.key}
            name={s.label}
            data={s.points as { x: number; y: number }[]}
            fill="#fff"
            stroke={s.colour}
            shape={s.shape ?? SHAPES[i % SHAPES.length]}
            line={{ stroke: s.colour, strokeWidth: 2, strokeDasharray: s.dashed ? '4 3' : undefined }}
            lineJointType="linear"
            isAnimationActive={false}
          />
        ))}
        {props.markLast &&
          series.map((s, i) =>
            s.points.length > 0 ? (
              <Scatter
                key={`${s.key}-last`}
                name={s.label}
                data={[s.points[s.points.length - 1]]}
                fill={s.colour}
                shape={s.shape ?? SHAPES[i % SHAPES.length]}
                isAnimationActive={false}
              />
            ) : null,
          )}
      </ScatterChart>
    ),
    [series, x0, x1, y0, y1, width, height, xTitle, yTitle, props.integerX, props.markLast],
  );
  const box = useRef<HTMLDivElement>(null);
  const shown = useScheduled(chart, series, box);
  return (
    <div ref={box} className="series-chart" aria-hidden="true" style={{ width, height }}>
      {shown}
    </div>
  );
}
