/**
 * Field kinds of the settings table: how one value is parsed from a string (a link, a form input),
 * written back, and checked against its range. Every parser returns a message instead of throwing.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export type InputKind = 'number' | 'select' | 'checklist' | 'text';

export interface Field<T> {
  label: string;
  help?: string;
  input: InputKind;
  /** Choices of a select or checklist. */
  options?: readonly string[];
  parse(raw: string): Parsed<T>;
  format(value: T): string;
}

/** A raw value as it may be shown in a message: quoted, control characters escaped, cut to 40 chars. */
export function quote(raw: string): string {
  const s = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(s);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseNumber(raw: string): number | null {
  const t = raw.trim();
  return NUMBER.test(t) ? Number(t) : null;
}

export function intField(label: string, min: number, max: number, help?: string): Field<number> {
  return {
    label,
    help,
    input: 'number',
    parse(raw) {
      const n = parseNumber(raw);
      if (n === null || !Number.isInteger(n) || n < min || n > max)
        return { ok: false, error: `must be a whole number in ${min}..${max}, got ${quote(raw)}` };
      return { ok: true, value: n };
    },
    format: (v) => String(v),
  };
}

/** A float in (min, max] when minOpen, else [min, max]. */
export function floatField(
  label: string,
  min: number,
  max: number,
  minOpen: boolean,
  help?: string,
): Field<number> {
  const range = `${minOpen ? '(' : '['}${min}, ${max}]`;
  return {
    label,
    help,
    input: 'number',
    parse(raw) {
      const n = parseNumber(raw);
      if (n === null || !Number.isFinite(n) || n > max || (minOpen ? n <= min : n < min))
        return { ok: false, error: `must be a number in ${range}, got ${quote(raw)}` };
      return { ok: true, value: n };
    },
    format: (v) => String(v),
  };
}

export function enumField<T extends string>(label: string, options: readonly T[], help?: string): Field<T> {
  return {
    label,
    help,
    input: 'select',
    options,
    parse(raw) {
      const v = raw.trim();
      if ((options as readonly string[]).includes(v)) return { ok: true, value: v as T };
      return { ok: false, error: `must be one of ${options.join(', ')}, got ${quote(raw)}` };
    },
    format: (v) => v,
  };
}

/**
 * A comma-separated list of distinct items, each accepted by `valid`, with at least `minItems`.
 * With `options` the form shows a checklist, else a text input.
 */
export function listField<T extends string>(
  label: string,
  spec: { minItems: number; options?: readonly T[]; valid?: (item: string) => boolean; what: string },
  help?: string,
): Field<T[]> {
  const valid = spec.valid ?? ((x: string) => (spec.options as readonly string[] | undefined)?.includes(x));
  return {
    label,
    help,
    input: spec.options ? 'checklist' : 'text',
    options: spec.options,
    parse(raw) {
      const items = raw
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
      const bad = items.filter((x) => !valid(x));
      if (bad.length > 0) {
        const known = spec.options ? ` (known: ${spec.options.join(', ')})` : '';
        return { ok: false, error: `unknown ${spec.what} ${bad.map(quote).join(', ')}${known}` };
      }
      const dup = items.find((x, i) => items.indexOf(x) !== i);
      if (dup !== undefined) return { ok: false, error: `${quote(dup)} is listed twice` };
      if (items.length < spec.minItems)
        return { ok: false, error: `needs at least ${spec.minItems} ${spec.what}s, got ${items.length}` };
      return { ok: true, value: items as T[] };
    },
    format: (v) => v.join(','),
  };
}
