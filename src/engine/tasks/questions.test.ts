import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { encode } from '../tokenizer';
import { operandRange, parseLevel, type Question, questionSpaceSize } from './levels';
import { chainSteps, makeQuestion, questionAt } from './questions';

const ALL_LEVELS: string[] = [];
for (let d = 1; d <= 5; d++) {
  ALL_LEVELS.push(`add${d}`, `sub${d}`, `mul${d}`, `chain3x${d}`, `chain4x${d}`);
}

/** Independent check: evaluates a prompt left to right, returning operands, ops and value. */
function evalPrompt(prompt: string): { nums: number[]; ops: string[]; value: number } {
  const body = prompt.endsWith('=') ? prompt.slice(0, -1) : 'NaN';
  const nums = body.split(/[+\-*]/).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : Number.NaN));
  const ops = body.replace(/[0-9]/g, '').split('');
  let value = nums[0] ?? Number.NaN;
  ops.forEach((op, i) => {
    const x = nums[i + 1] ?? Number.NaN;
    value = op === '+' ? value + x : op === '-' ? value - x : value * x;
  });
  return { nums, ops, value };
}

/** Everything wrong with a generated question (plain checks: thousands of questions stay fast). */
function questionProblems(id: string, q: Question): string[] {
  const lv = parseLevel(id);
  const { lo, hi } = operandRange(lv.digits);
  const { nums, ops, value } = evalPrompt(q.prompt);
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(`${id} ${q.prompt}${q.answer}: ${what}`);
  };
  const inRange = (n: number | undefined, a: number, b: number) => n !== undefined && n >= a && n <= b;
  check(q.level === id, 'level');
  check(Number.isInteger(value) && q.result === value, 'result');
  check(nums.length === lv.operands, 'operand count');
  if (lv.kind === 'mul') {
    check(ops.join('') === '*', 'ops');
    check(inRange(nums[0], lo, hi) && inRange(nums[1], 2, 9), 'operand range');
  } else {
    check(
      nums.every((n) => inRange(n, lo, hi)),
      'operand range',
    );
    if (lv.kind === 'add') check(ops.join('') === '+', 'ops');
    if (lv.kind === 'sub') check(ops.join('') === '-', 'ops');
    if (lv.kind === 'chain')
      check(
        ops.every((op) => op === '+' || op === '-'),
        'ops',
      );
  }
  if (lv.kind !== 'chain') {
    check(q.answer === String(value), 'answer');
  } else {
    const steps = q.answer.split(';');
    check(steps.length === lv.operands - 1, 'step count');
    let acc = nums[0];
    steps.forEach((step, i) => {
      const m = /^(-?(?:0|[1-9][0-9]*))([+-])(0|[1-9][0-9]*)=(-?(?:0|[1-9][0-9]*))$/.exec(step);
      if (!m) {
        check(false, `step ${i + 1} format`);
        return;
      }
      const [a, op, x, r] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
      check(a === acc && op === ops[i] && x === nums[i + 1], `step ${i + 1} operands`);
      check(r === (op === '+' ? a + x : a - x), `step ${i + 1} arithmetic`);
      acc = r;
    });
    check(acc === q.result, 'last step gives the result');
  }
  try {
    encode(q.prompt + q.answer);
  } catch {
    check(false, 'tokenizer alphabet');
  }
  return bad;
}

describe('makeQuestion', () => {
  it('the checker catches wrong questions', () => {
    const wrong = { prompt: '12+34=', answer: '47', result: 47, level: 'add2' };
    expect(questionProblems('add2', wrong)).not.toEqual([]);
    const chain = { prompt: '12+34-56=', answer: '12+34=46;46-56=-11', result: -11, level: 'chain3x2' };
    expect(questionProblems('chain3x2', chain)).not.toEqual([]);
    const good = { prompt: '12+34-56=', answer: '12+34=46;46-56=-10', result: -10, level: 'chain3x2' };
    expect(questionProblems('chain3x2', good)).toEqual([]);
  });

  it('gives the documented formats', () => {
    expect(chainSteps([12, 34, 56], ['+', '-'])).toEqual({ steps: ['12+34=46', '46-56=-10'], result: -10 });
    const q = questionAt('chain3x2', 0);
    expect(q.prompt).toBe('10+10+10=');
    expect(q.answer).toBe('10+10=20;20+10=30');
    expect(q.result).toBe(30);
  });

  it('is deterministic in the seed and differs across seeds', () => {
    for (const id of ALL_LEVELS) {
      const draw = (seed: number) => {
        const rng = createRng(seed);
        return Array.from({ length: 50 }, () => makeQuestion(id, rng));
      };
      expect(draw(42)).toEqual(draw(42));
      expect(draw(42).map((q) => q.prompt)).not.toEqual(draw(43).map((q) => q.prompt));
    }
  });

  it('produces arithmetically right answers on every level', () => {
    const rng = createRng(2024);
    for (const id of ALL_LEVELS) {
      const problems: string[] = [];
      for (let i = 0; i < 2000; i++) problems.push(...questionProblems(id, makeQuestion(id, rng)));
      expect(problems, id).toEqual([]);
    }
  });

  it('produces negative sub answers and both chain operators', () => {
    const rng = createRng(5);
    const subs = Array.from({ length: 200 }, () => makeQuestion('sub2', rng));
    expect(subs.some((q) => q.answer.startsWith('-'))).toBe(true);
    expect(subs.some((q) => !q.answer.startsWith('-'))).toBe(true);
    const chains = Array.from({ length: 200 }, () => makeQuestion('chain3x1', rng));
    expect(chains.some((q) => q.prompt.includes('+'))).toBe(true);
    expect(chains.some((q) => q.prompt.includes('-'))).toBe(true);
  });

  it('covers the whole operand range, including 0 for one digit', () => {
    const rng = createRng(9);
    const firsts = new Set<number>();
    for (let i = 0; i < 2000; i++) firsts.add(evalPrompt(makeQuestion('add1', rng).prompt).nums[0] ?? -1);
    expect([...firsts].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('questionAt', () => {
  it('enumerates distinct, correct prompts covering the space', () => {
    for (const id of ['add1', 'sub1', 'mul1', 'mul2', 'chain3x1']) {
      const size = questionSpaceSize(id);
      const prompts = new Set<string>();
      const problems: string[] = [];
      for (let i = 0; i < size; i++) {
        const q = questionAt(id, i);
        problems.push(...questionProblems(id, q));
        prompts.add(q.prompt);
      }
      expect(problems, id).toEqual([]);
      expect(prompts.size, id).toBe(size);
    }
  });

  it('rejects out-of-range indices', () => {
    expect(() => questionAt('add1', 100)).toThrow(/outside 0\.\.99/);
    expect(() => questionAt('add1', -1)).toThrow();
    expect(() => questionAt('add1', 1.5)).toThrow();
  });
});
