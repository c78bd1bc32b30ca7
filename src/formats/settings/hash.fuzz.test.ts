/**
 * Property-based fuzzing of the URL hash parser (fast-check, seeded, bounded): random text, random
 * key=value lists over the real keys with hostile values, prototype names as keys, thousands of
 * repeated keys. parseHash never throws, every problem is a bounded line, and the settings and view it
 * gives are valid: written back as a hash they read again with no problem and unchanged.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { VIEW_KEYS } from '../view/viewTable';
import { formatHash, parseHash } from './hash';
import { SETTING_KEYS } from './table';

const count = { tried: 0, handled: 0, lost: 0 };
afterAll(() => {
  console.info(`URL hash fuzz: ${count.tried} inputs tried, ${count.handled} handled, ${count.lost} lost`);
});

function tryHash(hash: string): void {
  count.tried += 1;
  try {
    const { settings, view, problems } = parseHash(hash);
    for (const p of problems) expect(p.message.length).toBeLessThan(1000);
    const hash2 = formatHash(settings, view);
    const again = parseHash(hash2);
    expect(again.problems).toEqual([]);
    // The same link (compared as written: -0 reads back as 0, the same setting).
    expect(formatHash(again.settings, again.view)).toBe(hash2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  } catch (e) {
    count.lost += 1;
    throw e;
  }
  count.handled += 1;
}

const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const key = fc.oneof(
  fc.constantFrom(...SETTING_KEYS, ...VIEW_KEYS, 'preset'),
  fc.constantFrom(...PROTO),
  fc.string(),
);
const value = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'NaN', 'Infinity', '-0', '1e400', '0x10', 'nft,nft', 'polluted', '%', '%E0%A4%A'),
  fc.double().map(String),
  fc.array(fc.constantFrom('nft', 'rft', 'sft', 'grpo', 'x', ''), { maxLength: 5 }).map((xs) => xs.join(',')),
);
const pair = fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
const RUNS = { numRuns: 300, seed: 16 } as const;

describe('the URL hash parser, fuzzed', () => {
  it('random text: never a throw, always valid settings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        tryHash(s);
        tryHash(`#${s}`);
      }),
      RUNS,
    );
  });

  it('the real keys, prototype names and random keys with hostile values', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        tryHash(`#${pairs.join('&')}`);
      }),
      RUNS,
    );
  });

  it('5,000 repeated keys: one problem each, each a short line', () => {
    tryHash(`#${'seed=1&'.repeat(5000)}`);
    expect(parseHash(`#${'seed=1&'.repeat(5000)}`).problems).toHaveLength(4999);
    expect(count.lost).toBe(0);
  });
});
