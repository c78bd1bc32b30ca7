/**
 * How an arm is drawn on every chart, on the page and in PNG exports alike: its colour (its method's,
 * a darker shade for an arm on a person's labels), a dash pattern and a marker shape of its own, by its
 * place in the run. Colour is never the only signal: where two arms' lines lie on each other, the
 * dashes and shapes still tell them apart. Pure, no React.
 */
import type { Method } from '../../engine/losses/options';
import type { MsgId } from '../i18n/t';
import { armColour } from './series';

/** Marker shapes, one per arm in order (recharts' symbol names). */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type Shape = (typeof SHAPES)[number];

/** Each marker shape's name, as the presenter view says it beside an arm. */
export const SHAPE_NAMES: Record<Shape, MsgId> = {
  circle: 'charts.circle',
  square: 'charts.square',
  triangle: 'charts.triangle',
  diamond: 'charts.diamond',
  cross: 'charts.cross',
  star: 'charts.star',
};

/** SVG dash arrays, one per arm in order ('' = solid). */
export const ARM_DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2 4 6', '14 5'] as const;

export interface ArmStyle {
  name: string;
  colour: string;
  dash: string;
  shape: Shape;
}

export function armStyles(arms: ReadonlyArray<{ name: string; method: Method }>): ArmStyle[] {
  return arms.map((a, i) => ({
    name: a.name,
    colour: armColour(a),
    dash: ARM_DASHES[i % ARM_DASHES.length],
    shape: SHAPES[i % SHAPES.length],
  }));
}
