import type { ReactNode } from 'react';
import { AXIS, Axes } from './Axes';
import { linearScale, niceTicks } from './scale';

const MARGIN = { top: 8, right: 12, bottom: 32, left: 48 };
const tick = (v: number) => String(+v.toPrecision(3));

export type Scale = (v: number) => number;

/**
 * One pair of axes in plain SVG with their titles (grid, ticks, labels from Axes): the frame every small
 * XY chart of the page draws its data into. `children` gets the scales and the plot's inner size.
 * Hidden from screen readers: each chart's caller gives its figure a text summary.
 */
export function PlotFrame(props: {
  xDomain: [number, number];
  yDomain: [number, number];
  xTitle: string;
  yTitle: string;
  width: number;
  height: number;
  xTickCount?: number;
  integerX?: boolean;
  children: (frame: { sx: Scale; sy: Scale; w: number; h: number }) => ReactNode;
}) {
  const { xDomain, yDomain, width, height } = props;
  const w = width - MARGIN.left - MARGIN.right;
  const h = height - MARGIN.top - MARGIN.bottom;
  const sx = linearScale(xDomain, [0, w]);
  const sy = linearScale(yDomain, [h, 0]);
  return (
    <svg
      className="chart-surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`} fontSize={11} fill={AXIS}>
        <Axes
          w={w}
          h={h}
          xTicks={niceTicks(xDomain, props.xTickCount ?? 4, props.integerX)}
          yTicks={niceTicks(yDomain, 4)}
          sx={sx}
          sy={sy}
          xLabel={tick}
          yLabel={tick}
          xLabelGap={14}
        />
        <text x={w / 2} y={h + 28} textAnchor="middle">
          {props.xTitle}
        </text>
        <text transform={`translate(${-36},${h / 2}) rotate(-90)`} textAnchor="middle">
          {props.yTitle}
        </text>
        {props.children({ sx, sy, w, h })}
      </g>
    </svg>
  );
}
