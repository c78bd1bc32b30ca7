/** Grid lines, the two axis lines and the tick labels of a plain-SVG chart (drawn inside its margin). */
export const GRID = '#e4e4e8';
export const AXIS = '#666';

export function Axes(props: {
  w: number;
  h: number;
  xTicks: number[];
  yTicks: number[];
  sx: (v: number) => number;
  sy: (v: number) => number;
  xLabel: (v: number) => string;
  yLabel: (v: number) => string;
  /** Distance of the x tick labels below the axis. */
  xLabelGap: number;
  /** Colours of the grid and axis lines (the presenter view draws on black). */
  gridColour?: string;
  axisColour?: string;
}) {
  const { w, h, xTicks, yTicks, sx, sy } = props;
  return (
    <>
      <g stroke={props.gridColour ?? GRID}>
        {xTicks.map((t) => (
          <line key={`x${t}`} x1={sx(t)} x2={sx(t)} y1={0} y2={h} />
        ))}
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={0} x2={w} y1={sy(t)} y2={sy(t)} />
        ))}
      </g>
      <path d={`M0,0V${h}H${w}`} stroke={props.axisColour ?? AXIS} fill="none" />
      {xTicks.map((t) => (
        <text key={`x${t}`} x={sx(t)} y={h + props.xLabelGap} textAnchor="middle">
          {props.xLabel(t)}
        </text>
      ))}
      {yTicks.map((t) => (
        <text key={`y${t}`} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
          {props.yLabel(t)}
        </text>
      ))}
    </>
  );
}
