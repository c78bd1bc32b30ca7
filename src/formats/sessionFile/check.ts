/**
 * A small schema checker for untrusted JSON (session files, data read back from IndexedDB): each check
 * takes a value and its path and returns a fresh, typed copy, or throws a SchemaError naming the path and
 * what was expected ("labels.batches[0].records[3].output: expected a string of at most 2000 characters").
 * Objects are copied key by key from their shape, so nothing unknown (and no __proto__) survives.
 */

import { type Msg, messages, msg, msgText } from '../msg';

/** The English templates of the checks' messages (each has its Japanese: sessionText.test.ts). */
export const CHECK_MESSAGES = messages('check', {
  at: '{path}: {problem}',
  theFile: 'the file',
  string: 'expected a string of at most {n} characters',
  bool: 'expected true or false',
  whole: 'expected a whole number in {min}..{max}',
  wholeOrNull: 'expected a whole number in {min}..{max} or null',
  finite: 'expected a finite number in {min}..{max}',
  finiteOrNull: 'expected a finite number in {min}..{max} or null',
  oneOf: 'expected one of {options}',
  array: 'expected an array',
  items: 'expected at most {n} items, got {count}',
  object: 'expected an object',
  forbidden: 'forbidden key',
  unknownKey: 'unknown key',
  missing: 'missing',
  keys: 'expected at most {n} keys, got {count}',
});

/** `message`: the English text; `msg`: the same as a template, shown in the page's language. */
export class SchemaError extends Error {
  readonly problem: string;
  readonly msg: Msg;
  constructor(
    readonly path: string,
    problem: Msg,
  ) {
    const p = problem;
    const m = msg(CHECK_MESSAGES.at, { path: path || msg(CHECK_MESSAGES.theFile), problem: p });
    super(msgText(m));
    this.problem = msgText(p);
    this.msg = m;
    this.name = 'SchemaError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

/** Any magnitude beyond this is refused as a "huge number" (no metric of the app comes near it). */
export const BIG = 1e12;

/** Keys that could reach an object's prototype if a later reader were careless: never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (path: string, problem: Msg): never => {
  throw new SchemaError(path, problem);
};

export const str =
  (maxLength: number): Check<string> =>
  (v, path) =>
    typeof v === 'string' && v.length <= maxLength
      ? v
      : fail(path, msg(CHECK_MESSAGES.string, { n: maxLength }));

export const bool: Check<boolean> = (v, path) =>
  typeof v === 'boolean' ? v : fail(path, msg(CHECK_MESSAGES.bool));

export interface NumSpec {
  min: number;
  max: number;
  int?: boolean;
  /** Accept NaN, and null read as NaN (JSON writes NaN as null: a diverged loss). */
  nullAsNaN?: boolean;
}

export const num =
  (spec: NumSpec): Check<number> =>
  (v, path) => {
    if (spec.nullAsNaN && (v === null || Number.isNaN(v))) return Number.NaN;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      (spec.int && !Number.isInteger(v)) ||
      v < spec.min ||
      v > spec.max
    )
      return fail(
        path,
        msg(
          spec.int
            ? spec.nullAsNaN
              ? CHECK_MESSAGES.wholeOrNull
              : CHECK_MESSAGES.whole
            : spec.nullAsNaN
              ? CHECK_MESSAGES.finiteOrNull
              : CHECK_MESSAGES.finite,
          { min: spec.min, max: spec.max },
        ),
      );
    return v;
  };

export const int = (min: number, max: number): Check<number> => num({ min, max, int: true });

export const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v, path) =>
    typeof v === 'string' && (options as readonly string[]).includes(v)
      ? (v as T)
      : fail(path, msg(CHECK_MESSAGES.oneOf, { options: options.join(', ') }));

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

export const arr =
  <T>(item: Check<T>, maxItems: number): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, msg(CHECK_MESSAGES.array));
    if (v.length > maxItems) return fail(path, msg(CHECK_MESSAGES.items, { n: maxItems, count: v.length }));
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

function plainObject(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, msg(CHECK_MESSAGES.object));
  for (const k of Object.keys(v))
    if (FORBIDDEN_KEYS.has(k)) fail(join(path, k), msg(CHECK_MESSAGES.forbidden));
  return v as Record<string, unknown>;
}

const keyText = (k: string) => (k.length > 40 ? `${k.slice(0, 40)}…` : k);
/** `path.key`, or `key` at the root (path ''). */
const join = (path: string, key: string) => (path ? `${path}.${keyText(key)}` : keyText(key));

/** A key to check: `optional` ones may be absent (a value of undefined is not kept). */
export interface Optional<T> {
  optional: Check<T>;
}
export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type Out<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

/** An object with exactly these keys (optional ones may be missing); any other key is refused. */
export const obj =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, path) => {
    const o = plainObject(v, path);
    for (const k of Object.keys(o))
      if (!Object.hasOwn(shape, k)) fail(join(path, k), msg(CHECK_MESSAGES.unknownKey));
    const out: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(shape)) {
      const present = Object.hasOwn(o, k);
      if (typeof c === 'function') {
        if (!present) fail(join(path, k), msg(CHECK_MESSAGES.missing));
        out[k] = c(o[k], join(path, k));
      } else if (present) out[k] = c.optional(o[k], join(path, k));
    }
    return out as Out<S>;
  };

/** An object used as a map: at most `maxKeys` keys, each accepted by `key`, values by `value`. */
export const dict =
  <T>(key: Check<string>, value: Check<T>, maxKeys: number): Check<Record<string, T>> =>
  (v, path) => {
    const o = plainObject(v, path);
    const keys = Object.keys(o);
    if (keys.length > maxKeys) fail(path, msg(CHECK_MESSAGES.keys, { n: maxKeys, count: keys.length }));
    const out: Record<string, T> = {};
    for (const k of keys) {
      key(k, `${join(path, k)} (the key)`);
      out[k] = value(o[k], join(path, k));
    }
    return out;
  };

/** Runs a check and returns its value or the SchemaError's message (other errors are rethrown). */
export function tryCheck<T>(
  check: Check<T>,
  value: unknown,
  path: string,
): { ok: true; value: T } | { ok: false; error: string; msg: Msg } {
  try {
    return { ok: true, value: check(value, path) };
  } catch (e) {
    if (e instanceof SchemaError) return { ok: false, error: e.message, msg: e.msg };
    throw e;
  }
}
