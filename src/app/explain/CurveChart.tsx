/**
 * Curves on one pair of axes in plain SVG (Axes and scale.ts, like the metric panels), with dash styles
 * so that colour is never the only signal, and optional vertical markers. Hidden from screen readers:
 * each explainer gives its figure a text summary and a table of the numbers.
 */
import { AXIS } from '../charts/Axes';
import { PlotFrame } from '../charts/PlotFrame';
import { linePath } from '../charts/scale';

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
  xTitle: string;
  yTitle: string;
  /** Vertical lines (e.g. R = 1), each with a short label. */
  markers?: ReadonlyArray<{ x: number; label: string }>;
  /** Bars from the x axis (a histogram behind the curves), in data units. */
  bars?: ReadonlyArray<{ x: number; height: number; width: number }>;
  width?: number;
  height?: number;
}) {
  const { curves, xTitle, yTitle, width = 320, height = 190 } = props;
  const clampY = (y: number) => Math.min(props.yDomain[1], Math.max(props.yDomain[0], y));
  return (
    <PlotFrame
      xDomain={props.xDomain}
      yDomain={props.yDomain}
      xTitle={xTitle}
      yTitle={yTitle}
      width={width}
      height={height}
      xTickCount={5}
    >
      {({ sx, sy, h }) => (
        <>
          {props.bars?.map((b) => (
            <rect
              key={b.x}
              x={sx(b.x - b.width / 2)}
              width={Math.max(1, sx(b.x + b.width / 2) - sx(b.x - b.width / 2))}
              y={sy(clampY(b.height))}
              height={Math.max(0, sy(props.yDomain[0]) - sy(clampY(b.height)))}
              fill="#d8d8e0"
            />
          ))}
          {props.markers?.map((m, i) => (
            <g key={m.label} stroke={AXIS} strokeDasharray="2 3">
              <line x1={sx(m.x)} x2={sx(m.x)} y1={0} y2={h} />
              <text x={sx(m.x) + 3} y={10 + 12 * i} stroke="none">
                {m.label}
              </text>
            </g>
          ))}
          {curves.map((c) => (
            <path
              key={c.key}
              d={linePath(
                c.points.map((p) => ({ x: p.x, y: clampY(p.y) })),
                'y',
                sx,
                sy,
              )}
              fill="none"
              stroke={c.colour}
              strokeWidth={2}
              strokeDasharray={c.dash || undefined}
            >
              <title>{c.label}</title>
            </path>
          ))}
        </>
      )}
    </PlotFrame>
  );
}

/** The legend under a chart: each curve's line style drawn and named in words. */
export function CurveLegend({ curves }: { curves: Curve[] }) {
  return (
    <ul className="explain-legend">
      {curves.map((c) => (
        <li key={c.key}>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} x2={28} y1={5} y2={5} stroke={c.colour} strokeWidth={2} strokeDasharray={c.dash} />
          </svg>{' '}
          {c.label}
        </li>
      ))}
    </ul>
  );
}
