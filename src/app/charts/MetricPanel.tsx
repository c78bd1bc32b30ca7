import { memo, type ReactNode } from 'react';
import { useT } from '../i18n/t';
import { AXIS, Axes } from './Axes';
import { panelSummary } from './describe';
import { dotsPath, linearScale, linePath, niceTicks, tickLabel as ticks } from './scale';
import { lineStyle, type MetricDef, type Row } from './series';

const PANEL_HEIGHT = 160;
const MARGIN = { top: 8, right: 12, bottom: 24, left: 48 };
const FONT = 11;

/**
 * One metric of one arm: each line smoothed in full colour, its raw values faint behind. Plain SVG
 * drawn by hand: every chart redraws a few times a second while training, and a charting library's
 * render of eight panels froze the page for hundreds of milliseconds each time (docs/benchmarks.md).
 */
export interface MetricPanelProps {
  arm: string;
  colour: string;
  metric: MetricDef;
  rows: Row[];
  xDomain: [number, number];
  yDomain: [number, number];
  width: number;
  /** Whole-number x ticks (iterations, answers). */
  integerX: boolean;
}

export const MetricPanel = memo(function MetricPanel(props: MetricPanelProps) {
  const { arm, colour, metric, rows, width, xDomain, yDomain } = props;
  const t = useT();
  const w = width - MARGIN.left - MARGIN.right;
  const h = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = linearScale(xDomain, [0, w]);
  const sy = linearScale(yDomain, [h, 0]);
  const xTicks = niceTicks(xDomain, 5, props.integerX);
  const yTicks = niceTicks(yDomain, 5);
  const xLabel = ticks(xDomain);
  const yLabel = ticks(yDomain);
  const dots = rows.length < 20;
  return (
    <PanelFigure arm={arm} metric={metric} rows={rows}>
      <svg className="chart-surface" width={width} height={PANEL_HEIGHT} aria-hidden="true">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`} fontSize={FONT} fill={AXIS}>
          <Axes
            w={w}
            h={h}
            xTicks={xTicks}
            yTicks={yTicks}
            sx={sx}
            sy={sy}
            xLabel={xLabel}
            yLabel={yLabel}
            xLabelGap={15}
          />
          {metric.lines.map((l) => {
            const dash = lineStyle(l).dashArray;
            const smooth = `${l.key}~`;
            return (
              <g key={l.key} fill="none" stroke={colour} strokeDasharray={dash}>
                <path d={linePath(rows, l.key, sx, sy)} strokeOpacity={0.25} />
                <path d={linePath(rows, smooth, sx, sy)} strokeWidth={2}>
                  <title>{t(l.label)}</title>
                </path>
                {dots && <path d={dotsPath(rows, smooth, sx, sy, 2)} fill="#fff" strokeDasharray="none" />}
              </g>
            );
          })}
        </g>
      </svg>
    </PanelFigure>
  );
});

/** A panel's figure: its test id, point count and text summary for screen readers around the drawing. */
export function PanelFigure(props: { arm: string; metric: MetricDef; rows: Row[]; children: ReactNode }) {
  const { arm, metric, rows } = props;
  const t = useT();
  return (
    <figure
      className="panel"
      data-testid={`chart-${metric.id}-${arm}`}
      data-points={rows.length}
      aria-label={panelSummary(metric, arm, rows, t)}
    >
      {props.children}
    </figure>
  );
}
