/**
 * The hover cursor of a synced group of recharts charts (cursorSync.ts), in two parts inside each
 * chart: HoverSource tells the group the x this chart's own tooltip stands at while the pointer is over
 * it, and SyncedCursor draws a vertical line at this chart's nearest x to where the pointer is over
 * another chart of the group. The chart under the pointer draws its own cursor and tooltip; only this
 * small line re-renders in the others as the pointer moves.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useActiveTooltipLabel, usePlotArea, useXAxisScale } from 'recharts';
import { cursorSync, nearestX } from './cursorSync';

/** The x of this chart's active tooltip, told to the group (and its end, when the pointer leaves). */
export function HoverSource(props: { group: string; self: object }) {
  const { group, self } = props;
  const label = useActiveTooltipLabel();
  const x = label === undefined || label === null || label === '' ? Number.NaN : Number(label);
  const at = Number.isFinite(x) ? x : null;
  useEffect(() => {
    if (at === null) cursorSync.leave(self);
    else cursorSync.hover(group, self, at);
  }, [at, group, self]);
  useEffect(() => () => cursorSync.leave(self), [self]);
  return null;
}

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
