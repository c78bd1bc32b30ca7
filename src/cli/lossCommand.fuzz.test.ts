/**
 * Property-based fuzzing of `cli loss` input (fast-check, seeded, bounded): random JSON, valid batches,
 * and valid batches with hostile values put in (100,000-deep arrays, 1 MB strings, prototype names,
 * NaN-like strings, wrong types). parseLossInput refuses with a one-line UsageError of bounded length and
 * throws nothing else; what it accepts, the loss computes (cpu backend) without a throw.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lossAndGrad, METHODS } from '../engine/losses';
import { useBackend } from '../node/backend';
import { UsageError } from './args';
import { MAX_ERROR_LINE } from './errors';
import { parseLossInput } from './lossCommand';

const count = { tried: 0, refused: 0, accepted: 0, lost: 0 };
beforeAll(() => useBackend('cpu'));
afterAll(() => {
  console.info(
    `cli loss fuzz: ${count.tried} inputs tried, ${count.refused + count.accepted} handled (${count.refused} refused with a usage error, ${count.accepted} computed), ${count.lost} lost`,
  );
});

function tryInput(text: string): void {
  count.tried += 1;
  try {
    let input: ReturnType<typeof parseLossInput>;
    try {
      input = parseLossInput(text);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      const m = (e as Error).message;
      expect(m).not.toContain('\n');
      expect(m.length).toBeLessThan(MAX_ERROR_LINE + 200);
      count.refused += 1;
      return;
    }
    lossAndGrad(input);
    count.accepted += 1;
  } catch (e) {
    count.lost += 1;
    throw e;
  }
}

const DEEP = '"__DEEP__"';
const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const logps = fc.array(fc.double({ min: -20, max: 0, noNaN: true }), { minLength: 1, maxLength: 6 });
const answer = fc.record({
  question: fc.oneof(fc.constantFrom('q1', 'q2'), fc.nat(3)),
  correct: fc.boolean(),
  logp: logps,
});
const valid = fc.record({
  method: fc.constantFrom(...METHODS),
  answers: fc.array(answer, { minLength: 1, maxLength: 5 }),
});
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(DEEP, '__proto__', 'constructor', 'NaN', 'x'.repeat(1_000_000), 1e308, -1, 0.5, null),
);
const slot = fc.constantFrom(
  'method',
  'options',
  'answers',
  'question',
  'correct',
  'logp',
  'oldLogp',
  'token',
  'extra',
);

/** The batch as the CLI reads it, with one value swapped for `bad` (deep arrays put in as text). */
function withBad(
  v: { method: string; answers: { question: unknown; correct: boolean; logp: number[] }[] },
  where: string,
  bad: unknown,
): string {
  const doc: Record<string, unknown> = {
    method: v.method,
    answers: v.answers.map((a) => ({ ...a, oldLogp: a.logp.map((x) => Math.max(-20, x - 0.1)) })),
  };
  const first = (doc.answers as Record<string, unknown>[])[0];
  if (where === 'method' || where === 'options' || where === 'answers') doc[where] = bad;
  else if (where === 'token') (first.logp as unknown[])[0] = bad;
  else if (where === 'extra') Object.defineProperty(doc, '__proto__', { value: bad, enumerable: true });
  else first[where] = bad;
  return JSON.stringify(doc).replaceAll(DEEP, deep);
}

const RUNS = { numRuns: 150, seed: 16 } as const;

describe('cli loss input, fuzzed', () => {
  it('random JSON and random text: a usage error or a loss, nothing else', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        tryInput(JSON.stringify(v) ?? '');
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        tryInput(s);
      }),
      RUNS,
    );
  });

  it('valid batches compute; with a hostile value anywhere they are refused in one short line', () => {
    fc.assert(
      fc.property(valid, (v) => {
        tryInput(withBad(v, 'none', null).replace(/,"none":null/, ''));
      }),
      { ...RUNS, numRuns: 60 },
    );
    fc.assert(
      fc.property(valid, slot, hostile, (v, where, bad) => {
        tryInput(withBad(v, where, bad));
      }),
      RUNS,
    );
    expect(count.lost).toBe(0);
  });
});
