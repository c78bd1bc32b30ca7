import { Curve, Surface, Symbols } from 'recharts';
import type { Shape } from './armStyle';

/** A legend's key for one series: a stretch of its line (colour, dash) with its marker on it. */
export function LegendKey(props: {
  colour: string;
  dash?: string;
  shape?: Shape;
  width?: number;
  size?: number;
}) {
  const w = props.width ?? 32;
  const h = props.size ?? 14;
  return (
    <Surface width={w} height={h} viewBox={{ x: 0, y: 0, width: w, height: h }} aria-hidden="true">
      <Curve
        type="linear"
        points={[
          { x: 1, y: h / 2 },
          { x: w - 1, y: h / 2 },
        ]}
        stroke={props.colour}
        strokeWidth={2.5}
        strokeDasharray={props.dash || undefined}
        fill="none"
      />
      {props.shape && (
        <Symbols cx={w / 2} cy={h / 2} type={props.shape} size={h * 3} fill={props.colour} stroke="none" />
      )}
    </Surface>
  );
}
