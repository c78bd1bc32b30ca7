/** Small helpers for typed command-line options with clear errors. */

export class UsageError extends Error {}

export function num(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
  lo = Number.NEGATIVE_INFINITY,
  hi = Number.POSITIVE_INFINITY,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new UsageError(`--${name} must be a number in [${lo}, ${hi}], got ${JSON.stringify(raw)}`);
  }
  return v;
}

export function int(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
  lo = 0,
  hi = Number.MAX_SAFE_INTEGER,
): number {
  const v = num(values, name, fallback, lo, hi);
  if (!Number.isInteger(v)) throw new UsageError(`--${name} must be a whole number, got ${v}`);
  return v;
}

export function str(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: string,
): string {
  const raw = values[name];
  return typeof raw === 'string' ? raw : fallback;
}

/** Plain-text table with right-aligned columns after the first. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
