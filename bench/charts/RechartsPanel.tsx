/**
 * The app's chart panel (src/app/charts/MetricPanel.tsx) drawn with recharts 3 instead, as cheaply as
 * recharts allows: fixed size, given ticks with `interval={0}` and plain-`<text>` tick labels (no text
 * measurement), no animation, tooltip, legend or active dots, the chart element memoised. From branch
 * `experiment/recharts-live` (src/app/charts/RechartsPanel.tsx), without its scheduler: the benchmark
 * gives each panel its data itself. Same props as MetricPanel.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { AXIS, GRID } from '../../src/app/charts/Axes';
import { type MetricPanelProps, PanelFigure } from '../../src/app/charts/MetricPanel';
import { niceTicks, tickLabel as ticks } from '../../src/app/charts/scale';
import { lineStyle } from '../../src/app/charts/series';
import { useT } from '../../src/app/i18n/t';

const PANEL_HEIGHT = 160;
const MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };
const FONT = 11;
const DOT = { r: 2, fill: '#fff', strokeDasharray: 'none' };

type TickProps = { x?: number | string; y?: number | string; payload?: { value: number } };

function tickRenderer(format: (v: number) => string, axis: 'x' | 'y') {
  // A render function recharts calls, not a component: a plain `<text>` that nothing measures.
  return (p: TickProps) => (
    <text
      x={p.x}
      y={p.y}
      dy={axis === 'x' ? '0.71em' : '0.32em'}
      textAnchor={axis === 'x' ? 'middle' : 'end'}
      fontSize={FONT}
      fill={AXIS}
    >
      {format(p.payload?.value ?? 0)}
    </text>
  );
}

export const RechartsPanel = memo(function RechartsPanel(props: MetricPanelProps) {
  const { arm, colour, metric, rows, width, xDomain, yDomain, integerX } = props;
  const t = useT();
  const x = useMemo(
    () => ({ ticks: niceTicks(xDomain, 5, integerX), tick: tickRenderer(ticks(xDomain), 'x') }),
    [xDomain, integerX],
  );
  const y = useMemo(
    () => ({ ticks: niceTicks(yDomain, 5), tick: tickRenderer(ticks(yDomain), 'y') }),
    [yDomain],
  );
  const dots = rows.length < 20;
  const chart = useMemo(
    () => (
      <LineChart width={width} height={PANEL_HEIGHT} data={rows} margin={MARGIN}>
        <CartesianGrid stroke={GRID} />
        <XAxis
          dataKey="x"
          type="number"
          domain={xDomain}
          ticks={x.ticks}
          interval={0}
          tick={x.tick}
          stroke={AXIS}
          height={24}
        />
        <YAxis domain={yDomain} ticks={y.ticks} interval={0} tick={y.tick} stroke={AXIS} width={48} />
        {metric.lines.flatMap((l) => {
          const dash = lineStyle(l).dashArray;
          return [
            <Line
              key={`${l.key}-raw`}
              dataKey={l.key}
              stroke={colour}
              strokeOpacity={0.25}
              strokeDasharray={dash}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />,
            <Line
              key={`${l.key}-smooth`}
              dataKey={`${l.key}~`}
              name={t(l.label)}
              stroke={colour}
              strokeWidth={2}
              strokeDasharray={dash}
              dot={dots ? DOT : false}
              activeDot={false}
              isAnimationActive={false}
            />,
          ];
        })}
      </LineChart>
    ),
    [rows, x, y, xDomain, yDomain, width, colour, metric, t, dots],
  );
  return (
    <PanelFigure arm={arm} metric={metric} rows={rows}>
      {chart}
    </PanelFigure>
  );
});
