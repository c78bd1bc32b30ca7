/**
 * The chart grid's data (rows per metric and arm, shared domains), recomputed only where the run
 * changed: a panel whose history is the same array keeps its rows, and a domain with the same bounds
 * keeps its array, so memoised panels skip their redraw. Pure, no React.
 */
import type { ArmSeries } from '../run/history';
import { METRICS, metricRows, type Row, sharedDomain, type XAxisKind } from './series';

export interface GridData {
  arms: readonly ArmSeries[];
  xAxis: XAxisKind;
  smoothing: number;
  /** rows[metric][arm], in the order of METRICS and of `arms`. */
  rows: Row[][][];
  xDomain: [number, number];
  yDomains: [number, number][];
}

const keep = (next: [number, number], old: [number, number] | undefined) =>
  old && old[0] === next[0] && old[1] === next[1] ? old : next;

export function gridData(
  arms: readonly ArmSeries[],
  xAxis: XAxisKind,
  smoothing: number,
  prev: GridData | null,
): GridData {
  const reuse = prev !== null && prev.xAxis === xAxis && prev.smoothing === smoothing;
  const rows = METRICS.map((m, i) =>
    arms.map((a) => {
      const j = reuse ? prev.arms.findIndex((p) => p.name === a.name) : -1;
      const old = j >= 0 ? prev?.arms[j] : undefined;
      const same = old && (m.source === 'eval' ? old.evals === a.evals : old.iterations === a.iterations);
      return same && prev ? prev.rows[i][j] : metricRows(a, m, xAxis, smoothing);
    }),
  );
  return {
    arms,
    xAxis,
    smoothing,
    rows,
    xDomain: keep(sharedDomain(rows.flat(), ['x']), prev?.xDomain),
    yDomains: METRICS.map(
      (m, i) =>
        m.domain ??
        keep(
          sharedDomain(
            rows[i],
            m.lines.flatMap((l) => [l.key, `${l.key}~`]),
          ),
          prev?.yDomains[i],
        ),
    ),
  };
}
