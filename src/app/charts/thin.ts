/**
 * Thinning a long line to a few hundred points before it is drawn: Largest-Triangle-Three-Buckets
 * (Steinarsson 2013). The first and last points stay; each bucket between keeps the one point that
 * spans the largest triangle with the point kept before it and the mean of the next bucket, so peaks
 * and dips survive where a plain stride would skip them. Pure, no React.
 */

export interface XY {
  x: number;
  y: number;
}

/** At most `max` of `points` (in x order), chosen by LTTB; the same array when it is short enough. */
export function lttb<P extends XY>(points: readonly P[], max: number): readonly P[] {
  const n = points.length;
  if (max >= n || n <= 2) return points;
  if (max < 3) return [points[0], points[n - 1]].slice(0, Math.max(1, max));
  const out: P[] = [points[0]];
  const size = (n - 2) / (max - 2);
  let a = 0;
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * size) + 1;
    const end = Math.min(n - 1, Math.floor((b + 1) * size) + 1);
    // The mean of the next bucket (the last point for the last bucket).
    const nextStart = end;
    const nextEnd = Math.min(n, Math.floor((b + 2) * size) + 1);
    let mx = 0;
    let my = 0;
    const count = Math.max(1, nextEnd - nextStart);
    for (let i = nextStart; i < nextStart + count && i < n; i++) {
      mx += points[i].x;
      my += points[i].y;
    }
    mx /= count;
    my /= count;
    const pa = points[a];
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((pa.x - mx) * (points[i].y - pa.y) - (pa.x - points[i].x) * (my - pa.y));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(points[best]);
    a = best;
  }
  out.push(points[n - 1]);
  return out;
}

/** How many points a chart line keeps at most: a few per horizontal pixel pair, never more than 400. */
export function pointBudget(widthPx: number): number {
  return Math.max(50, Math.min(400, Math.round(widthPx)));
}
