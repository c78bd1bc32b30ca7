import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { MAX_TOKENS, parseLossInput } from './lossCommand';

/** Runs `npx tsx src/cli/main.ts loss` with `stdin`; resolves with its exit code and output. */
function runCli(
  stdin: string,
  args: string[] = [],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'loss', ...args], { stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const answer = (question: string | number, correct: boolean, logp: number[], oldLogp = logp) => ({
  question,
  correct,
  logp,
  oldLogp,
});

const VALID = {
  method: 'nft',
  options: { constant: 1 },
  answers: [answer(1, true, [-0.5, -1.2]), answer(1, false, [-0.3, -2, -0.1]), answer(1, false, [-0.7])],
};

describe.concurrent('loss CLI', () => {
  it('writes loss and per-token gradients for a valid input', async () => {
    const { code, out, err } = await runCli(JSON.stringify(VALID));
    expect(err).toBe('');
    expect(code).toBe(0);
    const res = JSON.parse(out) as { loss: number; grad: number[][] };
    expect(Object.keys(res).sort()).toEqual(['grad', 'loss']);
    expect(res.loss).toBe(0); // on-policy
    // r_hat = 1/3, w = 2/3: right tokens -w, wrong tokens w r / (1 - r) = 1/3
    expect(res.grad.map((g) => g.length)).toEqual([2, 3, 1]);
    for (const x of res.grad[0]) expect(x).toBeCloseTo(-2 / 3, 6);
    for (const x of [...res.grad[1], ...res.grad[2]]) expect(x).toBeCloseTo(1 / 3, 6);
  });

  it('fills in each method’s defaults (dapo: token mean, clip 0.2 / 0.28)', async () => {
    const input = {
      method: 'dapo',
      answers: [answer('a', true, [-0.1], [-0.5]), answer('a', false, [-1, -1])],
    };
    const { code, out } = await runCli(JSON.stringify(input));
    expect(code).toBe(0);
    const res = JSON.parse(out) as { loss: number; grad: number[][] };
    // K = 2, Bessel std sqrt(1/2): A = +-0.7071; R = e^0.4 = 1.49 > 1.28 on the right answer (A > 0):
    // clipped, no gradient; the wrong answer on-policy gets -A / 3 per token.
    const A = 0.5 / (Math.SQRT1_2 + 1e-6);
    expect(res.grad[0][0] === 0).toBe(true);
    expect(res.grad[1][0]).toBeCloseTo(A / 3, 6);
    expect(res.loss).toBeCloseTo((-A * 1.28 + 2 * A) / 3, 5);
  });

  it.each([
    ['not JSON', '{"method": ', /not JSON/],
    ['unknown method', JSON.stringify({ ...VALID, method: 'ppo' }), /method must be one of/],
    [
      'unknown option',
      JSON.stringify({ ...VALID, options: { temperature: 1 } }),
      /unknown key "temperature"/,
    ],
    ['bad option type', JSON.stringify({ ...VALID, options: { eps: '1' } }), /options.eps must be a finite/],
    [
      'lengths differ',
      JSON.stringify({ ...VALID, answers: [answer(1, true, [-1, -2], [-1])] }),
      /oldLogp has 1/,
    ],
    ['empty answers', JSON.stringify({ ...VALID, answers: [] }), /answers is empty/],
    ['positive logp', JSON.stringify({ ...VALID, answers: [answer(1, true, [0.5])] }), /must be <= 0/],
    [
      'a 100,000-deep array as a method',
      `{"method": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "answers": []}`,
      /^loss: method must be one of .*, got an array of 1 items\n$/,
    ],
    [
      'a 100,000-deep array as a token',
      `{"method": "nft", "answers": [{"question": 1, "correct": true, "logp": [${'['.repeat(100_000)}${']'.repeat(100_000)}], "oldLogp": [-1]}]}`,
      /logp\[0\] must be a finite number, got an array of 1 items\n$/,
    ],
    [
      'a 10 MB method, quoted in 100 characters',
      JSON.stringify({ ...VALID, method: 'x'.repeat(10_000_000) }),
      /^loss: method must be one of .{0,200}\n$/,
    ],
  ])('exits 2 with one line on stderr: %s', async (_, stdin, message) => {
    const { code, out, err } = await runCli(stdin);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^loss: /);
    expect(err).toMatch(message);
  });
});

describe('parseLossInput', () => {
  const bad = (x: unknown) => () => parseLossInput(typeof x === 'string' ? x : JSON.stringify(x));

  it('accepts a valid input and keeps only the given options', () => {
    const p = parseLossInput(JSON.stringify(VALID));
    expect(p.method).toBe('nft');
    expect(p.options).toEqual({ constant: 1 });
    expect(p.answers).toHaveLength(3);
    expect(parseLossInput(JSON.stringify({ method: 'rft', answers: VALID.answers })).options).toEqual({});
  });

  it('rejects each kind of bad input with a UsageError', () => {
    const cases: [unknown, RegExp][] = [
      ['[1, 2', /not JSON/],
      [[VALID], /JSON object/],
      [{ ...VALID, extra: 1 }, /unknown key "extra"/],
      [{ ...VALID, method: 3 }, /method must be/],
      [{ ...VALID, options: [] }, /options must be an object/],
      [{ ...VALID, options: { weighting: 1 } }, /options.weighting must be a string/],
      [{ ...VALID, options: { weighting: 'two' } }, /weighting must be one of/],
      [{ ...VALID, options: { eps: -1 } }, /eps must be > 0/],
      [{ ...VALID, options: { clipLow: 1 } }, /clipLow/],
      [{ ...VALID, method: 'rft', options: { negWeight: 1 } }, /negWeight 0/],
      [{ ...VALID, answers: 'x' }, /answers must be an array/],
      [{ ...VALID, answers: [1] }, /answers\[0\] must be an object/],
      [{ ...VALID, answers: [{ ...answer(1, true, [-1]), p: 1 }] }, /unknown key "p"/],
      [{ ...VALID, answers: [answer(null as unknown as number, true, [-1])] }, /question must be/],
      [{ ...VALID, answers: [answer(1, 'yes' as unknown as boolean, [-1])] }, /correct must be/],
      [{ ...VALID, answers: [answer(1, true, [])] }, /no tokens/],
      [{ ...VALID, answers: [answer(1, true, ['-1' as unknown as number])] }, /logp\[0\] must be a finite/],
      [{ ...VALID, answers: [answer(1, true, [-1], [0.1])] }, /oldLogp\[0\].*<= 0/],
      [
        '{"method": "nft", "answers": [{"question": 1, "correct": true, "logp": [-1e999], "oldLogp": [-1]}]}',
        /finite/,
      ],
      [
        { ...VALID, answers: [answer(1, true, new Array(MAX_TOKENS + 1).fill(-1))] },
        /more than 100000 tokens/,
      ],
      [
        {
          ...VALID,
          answers: [
            ...new Array(1000).fill(answer(1, true, [-1])),
            answer(1, true, new Array(5000).fill(-1)),
          ],
        },
        /cells/,
      ],
    ];
    for (const [input, message] of cases) {
      expect(bad(input)).toThrow(UsageError);
      expect(bad(input)).toThrow(message);
    }
  });
});
