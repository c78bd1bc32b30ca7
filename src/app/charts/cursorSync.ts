/**
 * The hover cursor shared by the charts of one group (the metric charts): the x the pointer is over in
 * one chart, which every other chart of the group marks with a line at its own nearest x. recharts'
 * `syncId` does the same by updating every chart's store and re-rendering its tooltip on each move of
 * the pointer (about 40 ms of the main thread per move with six charts); here a move only re-renders
 * one small line per chart. Pure, no React.
 */

export interface HoverAt {
  group: string;
  /** The chart the pointer is over (it draws its own cursor and tooltip). */
  source: object;
  x: number;
}

export class CursorSync {
  private at: HoverAt | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): HoverAt | null => this.at;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The pointer is over `source` at `x`; listeners hear of it only when that changed. */
  hover(group: string, source: object, x: number): void {
    const a = this.at;
    if (a && a.group === group && a.source === source && a.x === x) return;
    this.set({ group, source, x });
  }

  /** The pointer left `source` (a leave of a chart it is not over changes nothing). */
  leave(source: object): void {
    if (this.at?.source === source) this.set(null);
  }

  private set(at: HoverAt | null): void {
    this.at = at;
    for (const l of this.listeners) l();
  }
}

export const cursorSync = new CursorSync();

/** The value of `xs` nearest `x` (null when `xs` is empty): where a chart marks another chart's hover. */
export function nearestX(xs: readonly number[], x: number): number | null {
  let best: number | null = null;
  for (const v of xs) if (best === null || Math.abs(v - x) < Math.abs(best - x)) best = v;
  return best;
}
