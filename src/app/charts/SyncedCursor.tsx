/**
 * Inside a recharts chart of a synced group: a vertical line at this chart's own nearest x to where the
 * pointer is over another chart of the group (cursorSync.ts). The chart under the pointer draws its
 * own cursor and tooltip; only this small line re-renders in the others as the pointer moves.
 */
import { useSyncExternalStore } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { cursorSync, nearestX } from './cursorSync';

export function SyncedCursor(props: {
  group: string;
  /** This chart (the hover's source when the pointer is over it). */
  self: object;
  /** The x of this chart's points, where its cursor may stand. */
  xs: readonly number[];
  stroke: string;
  strokeWidth: number;
}) {
  const at = useSyncExternalStore(cursorSync.subscribe, cursorSync.get);
  const area = usePlotArea();
  const scale = useXAxisScale();
  if (!at || at.group !== props.group || at.source === props.self || !area || !scale) return null;
  const x = nearestX(props.xs, at.x);
  const px = x === null ? undefined : scale(x);
  if (px === undefined || !Number.isFinite(px) || px < area.x - 0.5 || px > area.x + area.width + 0.5)
    return null;
  return (
    <line
      className="synced-cursor"
      data-x={x}
      x1={px}
      x2={px}
      y1={area.y}
      y2={area.y + area.height}
      stroke={props.stroke}
      strokeWidth={props.strokeWidth}
      pointerEvents="none"
    />
  );
}
