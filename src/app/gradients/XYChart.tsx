import { PlotFrame } from '../charts/PlotFrame';
import { dotsPath, linePath } from '../charts/scale';

export interface XYSeries {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  /** In the order the line joins them. */
  points: ReadonlyArray<{ x: number; y: number }>;
}

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
  return (
    <PlotFrame
      xDomain={xDomain}
      yDomain={yDomain}
      xTitle={xTitle}
      yTitle={yTitle}
      width={width}
      height={height}
      integerX={props.integerX}
    >
      {({ sx, sy }) =>
        series.map((s) => {
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
        })
      }
    </PlotFrame>
  );
}
