/**
 * The presenter view's one chart: every arm's lines of one metric on shared axes, drawn like the metric
 * panels (plain SVG, src/app/charts/MetricPanel.tsx) but large, on black, each arm's line named at its
 * end and marked by its own shape (colour is never the only signal).
 */
import { Axes } from '../charts/Axes';
import { linearScale, linePath, niceTicks } from '../charts/scale';
import { lineStyle, METHOD_COLOURS, type MetricDef } from '../charts/series';
import { markerPath, type PresentData, spreadLabels } from './presentData';

const MARGIN = { top: 24, right: 140, bottom: 64, left: 96 };
const FONT = 22;

const tick = (v: number) => String(+v.toPrecision(3));

export function PresenterChart(props: {
  data: PresentData;
  metric: MetricDef;
  xTitle: string;
  width: number;
  height: number;
  integerX: boolean;
}) {
  const { data, metric, width, height } = props;
  const w = Math.max(50, width - MARGIN.left - MARGIN.right);
  const h = Math.max(50, height - MARGIN.top - MARGIN.bottom);
  const sx = linearScale(data.xDomain, [0, w]);
  const sy = linearScale(data.yDomain, [h, 0]);
  const main = metric.lines[0];
  // Each arm's name at the end of its main line, spread apart where lines end close together.
  const ends = data.arms.map((a) => {
    const last = a.rows.at(-1);
    const y = last?.[`${main.key}~`];
    return last && y !== undefined && Number.isFinite(y) ? { x: sx(last.x), y: sy(y) } : null;
  });
  const labelYs = spreadLabels(
    ends.map((e) => e?.y ?? 0),
    FONT * 1.1,
    0,
    h,
  );
  return (
    <svg width={width} height={height} aria-hidden="true" data-testid="presenter-chart">
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`} fontSize={FONT} fill="#fff">
        <Axes
          w={w}
          h={h}
          xTicks={niceTicks(data.xDomain, 8, props.integerX)}
          yTicks={niceTicks(data.yDomain, 6)}
          sx={sx}
          sy={sy}
          xLabel={tick}
          yLabel={tick}
          xLabelGap={30}
          gridColour="#3a3a3a"
          axisColour="#fff"
        />
        <text x={w / 2} y={h + 58} textAnchor="middle">
          {props.xTitle}
        </text>
        {data.arms.map((a, i) => {
          const colour = METHOD_COLOURS[a.method];
          const end = ends[i];
          return (
            <g key={a.name} data-testid={`presenter-line-${a.name}`} data-points={a.rows.length}>
              {metric.lines.map((l) => (
                <path
                  key={l.key}
                  d={linePath(a.rows, `${l.key}~`, sx, sy)}
                  fill="none"
                  stroke={colour}
                  strokeWidth={5}
                  strokeDasharray={lineStyle(l).dashArray?.replace(/\d+/g, (n) => String(3 * Number(n)))}
                />
              ))}
              {a.rows.length < 40 &&
                a.rows.map((r) => (
                  <path
                    key={r.x}
                    d={markerPath(a.shape, sx(r.x), sy(r[`${main.key}~`]), 7)}
                    fill={colour}
                    stroke="#000"
                    strokeWidth={1.5}
                  />
                ))}
              {end && (
                <text x={end.x + 14} y={labelYs[i]} dy="0.32em" fill={colour} fontWeight={700}>
                  {a.name}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
