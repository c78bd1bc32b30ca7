import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { isLevelId, levelId, maxSequenceLength, operandRange, parseLevel, questionSpaceSize } from './levels';
import { makeQuestion } from './questions';

const ALL_LEVELS: string[] = [];
for (let d = 1; d <= 5; d++) {
  ALL_LEVELS.push(`add${d}`, `sub${d}`, `mul${d}`, `chain3x${d}`, `chain4x${d}`);
}

describe('parseLevel / levelId', () => {
  it('parses every kind', () => {
    expect(parseLevel('add2')).toEqual({ kind: 'add', digits: 2, operands: 2 });
    expect(parseLevel('sub3')).toEqual({ kind: 'sub', digits: 3, operands: 2 });
    expect(parseLevel('mul1')).toEqual({ kind: 'mul', digits: 1, operands: 2 });
    expect(parseLevel('chain3x1')).toEqual({ kind: 'chain', digits: 1, operands: 3 });
    expect(parseLevel('chain4x2')).toEqual({ kind: 'chain', digits: 2, operands: 4 });
  });

  it('round-trips every valid id', () => {
    for (const id of ALL_LEVELS) expect(levelId(parseLevel(id))).toBe(id);
  });

  it('throws clear errors on bad ids', () => {
    for (const bad of [
      '',
      'add',
      'add0',
      'add6',
      'add02',
      'Add2',
      'div2',
      'add2 ',
      'chain2x1',
      'chain5x1',
      'chain3x0',
      'chain3x6',
      'chain3',
      'chainx2',
      'mul-1',
    ]) {
      expect(() => parseLevel(bad), bad).toThrow(/task level/);
      expect(isLevelId(bad)).toBe(false);
    }
    expect(() => parseLevel('add9')).toThrow(/digits must be in 1\.\.5/);
    expect(() => parseLevel('chain7x2')).toThrow(/chain operands must be in 3\.\.4/);
    expect(() => parseLevel('foo')).toThrow(/unknown task level "foo"/);
  });
});

describe('operandRange / questionSpaceSize', () => {
  it('has the documented operand ranges', () => {
    expect(operandRange(1)).toEqual({ lo: 0, hi: 9 });
    expect(operandRange(2)).toEqual({ lo: 10, hi: 99 });
    expect(operandRange(5)).toEqual({ lo: 10000, hi: 99999 });
  });

  it('counts prompts', () => {
    expect(questionSpaceSize('add1')).toBe(100);
    expect(questionSpaceSize('add2')).toBe(8100);
    expect(questionSpaceSize('sub3')).toBe(900 * 900);
    expect(questionSpaceSize('mul1')).toBe(80);
    expect(questionSpaceSize('mul2')).toBe(720);
    expect(questionSpaceSize('chain3x1')).toBe(1000 * 4);
    expect(questionSpaceSize('chain3x2')).toBe(90 ** 3 * 4);
    expect(questionSpaceSize('chain4x1')).toBe(10 ** 4 * 8);
  });
});

describe('maxSequenceLength', () => {
  it('is exact on the extreme two-operand questions', () => {
    expect(maxSequenceLength('add1')).toBe('9+9=18'.length + 1);
    expect(maxSequenceLength('add3')).toBe('999+999=1998'.length + 1);
    expect(maxSequenceLength('sub2')).toBe('10-99=-89'.length + 1);
    expect(maxSequenceLength('mul2')).toBe('99*9=891'.length + 1);
    expect(maxSequenceLength('chain3x2')).toBe('10-99-99=10-99=-89;-89-99=-188'.length + 1);
  });

  it('fits the 32-token context for digits <= 3 and chains of 3 operands with digits <= 2', () => {
    const small = [
      'add1',
      'add2',
      'add3',
      'sub1',
      'sub2',
      'sub3',
      'mul1',
      'mul2',
      'mul3',
      'chain3x1',
      'chain3x2',
    ];
    for (const id of small) expect(maxSequenceLength(id), id).toBeLessThanOrEqual(32);
  });

  it('bounds every generated question', () => {
    const rng = createRng(7);
    for (const id of ALL_LEVELS) {
      const bound = maxSequenceLength(id);
      let longest = 0;
      for (let i = 0; i < 2000; i++) {
        const q = makeQuestion(id, rng);
        longest = Math.max(longest, q.prompt.length + q.answer.length + 1);
      }
      expect(longest, id).toBeLessThanOrEqual(bound);
    }
  });
});
