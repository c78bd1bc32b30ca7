/**
 * Field kinds of the settings table: how one value is parsed from a string (a link, a form input),
 * written back, and checked against its range. Every parser returns a message instead of throwing: the
 * English text (`error`) and the same message as a whole-sentence template with its values (`msg`), which
 * the page shows in its language (i18n/t.ts) whenever it renders it.
 */

import { type Msg, type MsgTemplate, messages, msg, msgText } from '../msg';

/** Every English template (and word put into one) the parsers below use; each must have its Japanese. */
export const FIELD_MESSAGES = messages('field', {
  wholeNumber: 'must be a whole number in {min}..{max}, got {raw}',
  number: 'must be a number in {range}, got {raw}',
  oneOf: 'must be one of {options}, got {raw}',
  unknownKnown: 'unknown {what} {items} (known: {known})',
  unknown: 'unknown {what} {items}',
  twice: '{item} is listed twice',
  atLeast: 'needs at least {n} {what}s, got {count}',
  // Words put into the messages above.
  whatMethod: 'method',
  whatLevel: 'level',
  whatPanel: 'control or panel',
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; msg: Msg };

function failed(m: Msg): { ok: false; error: string; msg: Msg } {
  return { ok: false, error: msgText(m), msg: m };
}

export type InputKind = 'number' | 'select' | 'checklist' | 'text';

export interface Field<T> {
  label: string;
  help?: string;
  input: InputKind;
  /** Choices of a select or checklist. */
  options?: readonly string[];
  /** What values it takes, in a few characters ('1..64', '(0, 10]', 'nft, rft, ...'): the CLI's help. */
  hint: string;
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
    hint: `${min}..${max}`,
    parse(raw) {
      const n = parseNumber(raw);
      if (n === null || !Number.isInteger(n) || n < min || n > max)
        return failed(msg(FIELD_MESSAGES.wholeNumber, { min, max, raw: quote(raw) }));
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
    hint: range,
    parse(raw) {
      const n = parseNumber(raw);
      if (n === null || !Number.isFinite(n) || n > max || (minOpen ? n <= min : n < min))
        return failed(msg(FIELD_MESSAGES.number, { range, raw: quote(raw) }));
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
    hint: options.join(' | '),
    parse(raw) {
      const v = raw.trim();
      if ((options as readonly string[]).includes(v)) return { ok: true, value: v as T };
      return failed(msg(FIELD_MESSAGES.oneOf, { options: options.join(', '), raw: quote(raw) }));
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
  /** `what`: the item's name in messages ('method'), itself translated when shown. */
  spec: { minItems: number; options?: readonly T[]; valid?: (item: string) => boolean; what: MsgTemplate },
  help?: string,
): Field<T[]> {
  const valid = spec.valid ?? ((x: string) => (spec.options as readonly string[] | undefined)?.includes(x));
  return {
    label,
    help,
    input: spec.options ? 'checklist' : 'text',
    options: spec.options,
    hint: `${spec.what}s, comma-separated${spec.options ? ` (${spec.options.join(', ')})` : ''}`,
    parse(raw) {
      const items = raw
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
      const bad = items.filter((x) => !valid(x));
      if (bad.length > 0) {
        const listed = bad.map(quote).join(', ');
        return failed(
          spec.options
            ? msg(FIELD_MESSAGES.unknownKnown, {
                what: msg(spec.what),
                items: listed,
                known: spec.options.join(', '),
              })
            : msg(FIELD_MESSAGES.unknown, { what: msg(spec.what), items: listed }),
        );
      }
      const dup = items.find((x, i) => items.indexOf(x) !== i);
      if (dup !== undefined) return failed(msg(FIELD_MESSAGES.twice, { item: quote(dup) }));
      if (items.length < spec.minItems)
        return failed(
          msg(FIELD_MESSAGES.atLeast, { n: spec.minItems, what: msg(spec.what), count: items.length }),
        );
      return { ok: true, value: items as T[] };
    },
    format: (v) => v.join(','),
  };
}
