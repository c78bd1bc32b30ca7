import { describe, expect, it } from 'vitest';
import { encode } from '../tokenizer';
import { ENUMERATE_LIMIT, heldOutQuestions, makeEvalSet } from './evalset';
import { questionSpaceSize } from './levels';
import { createQuestionStream, DEFAULT_TASK_MIX, isHeldOut, type TaskMix } from './mix';

describe('makeEvalSet', () => {
  const evalSet = makeEvalSet(DEFAULT_TASK_MIX, 99, 100);

  it('holds only held-out, distinct, well-formed questions', () => {
    expect(evalSet.length).toBeGreaterThan(0);
    expect(evalSet.every((q) => isHeldOut(q.prompt))).toBe(true);
    expect(new Set(evalSet.map((q) => q.prompt)).size).toBe(evalSet.length);
    for (const q of evalSet) expect(() => encode(q.prompt + q.answer)).not.toThrow();
  });

  it('is grouped in mix order with up to perLevel per level', () => {
    const order = DEFAULT_TASK_MIX.map((e) => e.level);
    const levelsSeen = evalSet.map((q) => q.level).filter((l, i, all) => i === 0 || all[i - 1] !== l);
    expect(levelsSeen).toEqual(order);
    for (const level of order) {
      const n = evalSet.filter((q) => q.level === level).length;
      // Small levels give at most the held-out prompts they have; large ones are filled.
      const small = questionSpaceSize(level) <= ENUMERATE_LIMIT;
      expect(n, level).toBe(small ? Math.min(100, heldOutQuestions(level).length) : 100);
    }
  });

  it('takes every held-out prompt of a tiny level', () => {
    const all = heldOutQuestions('add1');
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThan(questionSpaceSize('add1'));
    const got = makeEvalSet([{ level: 'add1', weight: 1 }], 5, 1000);
    expect(new Set(got.map((q) => q.prompt))).toEqual(new Set(all.map((q) => q.prompt)));
  });

  it('is deterministic in the seed, and the seed chooses', () => {
    expect(makeEvalSet(DEFAULT_TASK_MIX, 99, 100)).toEqual(evalSet);
    const other = makeEvalSet(DEFAULT_TASK_MIX, 100, 100);
    expect(other.map((q) => q.prompt)).not.toEqual(evalSet.map((q) => q.prompt));
  });

  it('picks a level independently of the other levels and weights in the mix', () => {
    const alone = makeEvalSet([{ level: 'chain3x2', weight: 1 }], 99, 100);
    expect(alone).toEqual(evalSet.filter((q) => q.level === 'chain3x2'));
    const reweighted: TaskMix = DEFAULT_TASK_MIX.map((e) => ({ ...e, weight: e.weight * 3 }));
    expect(makeEvalSet(reweighted, 99, 100)).toEqual(evalSet);
  });

  it('is disjoint from a long stretch of the training stream', () => {
    const evalPrompts = new Set(makeEvalSet(DEFAULT_TASK_MIX, 7, 500).map((q) => q.prompt));
    const train = createQuestionStream(DEFAULT_TASK_MIX, 7).nextBatch(50_000);
    expect(train.filter((q) => evalPrompts.has(q.prompt))).toEqual([]);
  });

  it('handles perLevel 0 and rejects bad arguments', () => {
    expect(makeEvalSet(DEFAULT_TASK_MIX, 1, 0)).toEqual([]);
    expect(() => makeEvalSet(DEFAULT_TASK_MIX, 1, -1)).toThrow(/perLevel/);
    expect(() => makeEvalSet(DEFAULT_TASK_MIX, 1, 2.5)).toThrow(/perLevel/);
    expect(() => makeEvalSet([{ level: 'bogus', weight: 1 }], 1, 5)).toThrow(/invalid task mix/);
  });
});
