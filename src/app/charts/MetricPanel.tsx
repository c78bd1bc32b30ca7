import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { MetricDef, Row } from './series';

const PANEL_HEIGHT = 160;

/** Tick labels: 3 significant digits; values tiny next to the axis' span read as 0. */
function ticks([lo, hi]: [number, number]) {
  const span = Math.abs(hi - lo) || 1;
  return (v: number) =>
    Math.abs(v) < span * 1e-4 ? '0' : Math.abs(v) >= 1e4 ? v.toExponential(1) : String(+v.toPrecision(3));
}

/** One metric of one arm: each line smoothed in full colour, its raw values faint behind. */
export function MetricPanel(props: {
  arm: string;
  colour: string;
  metric: MetricDef;
  rows: Row[];
  xDomain: [number, number];
  yDomain: [number, number];
  width: number;
  /** Whole-number x ticks (iterations, answers). */
  integerX: boolean;
}) {
  const { arm, colour, metric, rows } = props;
  return (
    <figure
      className="panel"
      data-testid={`chart-${metric.id}-${arm}`}
      data-points={rows.length}
      aria-label={`${metric.title}, ${arm}: ${rows.length} points`}
    >
      <LineChart
        width={props.width}
        height={PANEL_HEIGHT}
        data={rows}
        margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke="#e4e4e8" />
        <XAxis
          allowDecimals={!props.integerX}
          dataKey="x"
          type="number"
          domain={props.xDomain}
          tickFormatter={ticks(props.xDomain)}
          fontSize={11}
        />
        <YAxis domain={props.yDomain} tickFormatter={ticks(props.yDomain)} fontSize={11} width={48} />
        {metric.lines.map((l) => [
          <Line
            key={`${l.key}-raw`}
            dataKey={l.key}
            stroke={colour}
            strokeOpacity={0.25}
            strokeDasharray={l.dashed ? '4 3' : undefined}
            dot={false}
            isAnimationActive={false}
          />,
          <Line
            key={`${l.key}-smooth`}
            dataKey={`${l.key}~`}
            name={l.label}
            stroke={colour}
            strokeWidth={2}
            strokeDasharray={l.dashed ? '4 3' : undefined}
            dot={rows.length < 20 ? { r: 2 } : false}
            isAnimationActive={false}
          />,
        ])}
      </LineChart>
    </figure>
  );
}
