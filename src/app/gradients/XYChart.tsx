import { AXIS, Axes } from '../charts/Axes';
import { dotsPath, linearScale, linePath, niceTicks } from '../charts/scale';

export interface XYSeries {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  /** In the order the line joins them. */
  points: ReadonlyArray<{ x: number; y: number }>;
}

const MARGIN = { top: 8, right: 12, bottom: 32, left: 48 };

const tick = (v: number) => String(+v.toPrecision(3));

/**
 * Several series on one pair of axes, every point dotted (a handful of evaluations), plain SVG like the
 * metric panels (src/app/charts/MetricPanel.tsx). The SVG is hidden from screen readers: the caller
 * gives the figure a text summary.
 */
export function XYChart(props: {
  series: XYSeries[];
  xDomain: [number, number];
  yDomain: [number, number];
  xTitle: string;
  yTitle: string;
  width?: number;
  height?: number;
  integerX?: boolean;
  /** Fill each series' last point (where an arm is now). */
  markLast?: boolean;
}) {
  const { series, xTitle, yTitle, width = 320, height = 180 } = props;
  // A little room around the data, so no dot sits on an axis.
  const pad = ([lo, hi]: [number, number]): [number, number] => [
    lo - (hi - lo) * 0.04,
    hi + (hi - lo) * 0.04,
  ];
  const xDomain = pad(props.xDomain);
  const yDomain = pad(props.yDomain);
  const w = width - MARGIN.left - MARGIN.right;
  const h = height - MARGIN.top - MARGIN.bottom;
  const sx = linearScale(xDomain, [0, w]);
  const sy = linearScale(yDomain, [h, 0]);
  const xTicks = niceTicks(xDomain, 4, props.integerX);
  const yTicks = niceTicks(yDomain, 4);
  return (
    <svg className="chart-surface" width={width} height={height} aria-hidden="true">
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`} fontSize={11} fill={AXIS}>
        <Axes
          w={w}
          h={h}
          xTicks={xTicks}
          yTicks={yTicks}
          sx={sx}
          sy={sy}
          xLabel={tick}
          yLabel={tick}
          xLabelGap={14}
        />
        <text x={w / 2} y={h + 28} textAnchor="middle">
          {xTitle}
        </text>
        <text transform={`translate(${-36},${h / 2}) rotate(-90)`} textAnchor="middle">
          {yTitle}
        </text>
        {series.map((s) => {
          const rows = s.points.map((p) => ({ x: p.x, y: p.y }));
          return (
            <g key={s.key} fill="none" stroke={s.colour} strokeDasharray={s.dashed ? '4 3' : undefined}>
              <path d={linePath(rows, 'y', sx, sy)} strokeWidth={2}>
                <title>{s.label}</title>
              </path>
              <path d={dotsPath(rows, 'y', sx, sy, 2.5)} fill="#fff" strokeDasharray="none" />
              {props.markLast && rows.length > 0 && (
                <path d={dotsPath(rows.slice(-1), 'y', sx, sy, 4)} fill={s.colour} strokeDasharray="none" />
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
