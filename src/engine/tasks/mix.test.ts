import { describe, expect, it } from 'vitest';
import { hashString } from '../rng';
import { encode } from '../tokenizer';
import { isLevelId } from './levels';
import {
  createQuestionStream,
  DEFAULT_TASK_MIX,
  HELD_OUT_MODULUS,
  isHeldOut,
  type TaskMix,
  validateTaskMix,
} from './mix';

describe('validateTaskMix', () => {
  it('accepts the default mix', () => {
    expect(validateTaskMix(DEFAULT_TASK_MIX)).toEqual([]);
    expect(DEFAULT_TASK_MIX.map((e) => e.level)).toEqual([
      'add1',
      'add2',
      'add3',
      'sub2',
      'mul1',
      'mul2',
      'chain3x1',
      'chain3x2',
    ]);
    expect(DEFAULT_TASK_MIX.every((e) => isLevelId(e.level))).toBe(true);
  });

  it('catches an empty mix', () => {
    const problems = validateTaskMix([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/empty/);
  });

  it('catches unknown levels', () => {
    const problems = validateTaskMix([
      { level: 'div2', weight: 1 },
      { level: 'add9', weight: 1 },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/entry 1.*unknown task level "div2"/);
    expect(problems[1]).toMatch(/entry 2.*digits/);
  });

  it('catches bad weights', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const problems = validateTaskMix([{ level: 'add1', weight }]);
      expect(problems, String(weight)).toHaveLength(1);
      expect(problems[0]).toMatch(/weight must be a finite number > 0/);
    }
    const notNumber = [{ level: 'add1', weight: '1' }] as unknown as TaskMix;
    expect(validateTaskMix(notNumber)).toHaveLength(1);
  });

  it('catches duplicates and reports every problem', () => {
    const mix: TaskMix = [
      { level: 'add1', weight: 1 },
      { level: 'add1', weight: 2 },
      { level: 'nope', weight: 0 },
    ];
    const problems = validateTaskMix(mix);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/entry 2: level "add1" appears more than once/);
  });
});

describe('isHeldOut', () => {
  it('follows the hash rule and holds out about one prompt in eight', () => {
    let held = 0;
    const mismatches: string[] = [];
    for (let a = 0; a < 100; a++) {
      for (let b = 0; b < 100; b++) {
        const p = `${a}+${b}=`;
        if (isHeldOut(p) !== (hashString(p) % HELD_OUT_MODULUS === 0)) mismatches.push(p);
        if (isHeldOut(p)) held++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(held / 10000).toBeGreaterThan(0.1);
    expect(held / 10000).toBeLessThan(0.15);
  });
});

describe('createQuestionStream', () => {
  it('is deterministic in the seed and differs across seeds', () => {
    const a = createQuestionStream(DEFAULT_TASK_MIX, 11).nextBatch(200);
    const b = createQuestionStream(DEFAULT_TASK_MIX, 11).nextBatch(200);
    const c = createQuestionStream(DEFAULT_TASK_MIX, 12).nextBatch(200);
    expect(a).toEqual(b);
    expect(a.map((q) => q.prompt)).not.toEqual(c.map((q) => q.prompt));
    const s = createQuestionStream(DEFAULT_TASK_MIX, 11);
    const oneByOne = Array.from({ length: 200 }, () => s.next());
    expect(oneByOne).toEqual(a);
  });

  it('never emits a held-out prompt', () => {
    const stream = createQuestionStream(DEFAULT_TASK_MIX, 3);
    const batch = stream.nextBatch(20_000);
    expect(batch).toHaveLength(20_000);
    expect(batch.filter((q) => isHeldOut(q.prompt))).toEqual([]);
    // Tiny levels too, where held-out prompts are drawn often and must be rejected.
    const tiny = createQuestionStream(
      [
        { level: 'mul1', weight: 1 },
        { level: 'add1', weight: 1 },
      ],
      4,
    );
    const seen = new Set(tiny.nextBatch(5000).map((q) => q.prompt));
    expect([...seen].filter(isHeldOut)).toEqual([]);
    expect(seen.size).toBeGreaterThan(100); // most of the 180 prompts, minus the held-out ones
  });

  it('picks levels by weight', () => {
    const mix: TaskMix = [
      { level: 'add2', weight: 3 },
      { level: 'sub2', weight: 1 },
    ];
    const counts = new Map<string, number>();
    for (const q of createQuestionStream(mix, 8).nextBatch(8000)) {
      counts.set(q.level, (counts.get(q.level) ?? 0) + 1);
    }
    const addShare = (counts.get('add2') ?? 0) / 8000;
    expect(addShare).toBeGreaterThan(0.72);
    expect(addShare).toBeLessThan(0.78);
    expect(counts.get('sub2')).toBeGreaterThan(0);
  });

  it('emits only strings the tokenizer can encode', () => {
    for (const q of createQuestionStream(DEFAULT_TASK_MIX, 1).nextBatch(2000)) {
      expect(encode(q.prompt + q.answer).length).toBe(q.prompt.length + q.answer.length);
    }
  });

  it('rejects invalid mixes and batch sizes', () => {
    expect(() => createQuestionStream([], 1)).toThrow(/invalid task mix/);
    expect(() => createQuestionStream([{ level: 'add1', weight: -2 }], 1)).toThrow(/weight/);
    const stream = createQuestionStream(DEFAULT_TASK_MIX, 1);
    expect(stream.nextBatch(0)).toEqual([]);
    expect(() => stream.nextBatch(-1)).toThrow(/nextBatch/);
  });
});
