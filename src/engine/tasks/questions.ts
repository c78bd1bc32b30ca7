/**
 * Question generators: turn a level plus operands into prompt/answer strings.
 *
 * `makeQuestion` draws operands uniformly from a seeded Rng; `questionAt` enumerates a level's whole
 * question space by index (a bijection 0..size-1 -> prompts), used to build small evaluation sets.
 * Chain answers are worked solutions: `12+34-56=` is answered `12+34=46;46-56=-10`.
 */

import type { Rng } from '../rng';
import {
  levelId,
  MUL_MAX_FACTOR,
  MUL_MIN_FACTOR,
  operandCount,
  operandRange,
  type Question,
  questionSpaceSize,
  type TaskLevel,
  toLevel,
} from './levels';

export type ChainOp = '+' | '-';

/** The gold worked-solution steps of a chain, e.g. ['12+34=46', '46-56=-10'], and its result. */
export function chainSteps(operands: number[], ops: ChainOp[]): { steps: string[]; result: number } {
  if (operands.length !== ops.length + 1) throw new Error('chainSteps: need one more operand than ops');
  let acc = operands[0] ?? 0;
  const steps: string[] = [];
  ops.forEach((op, i) => {
    const x = operands[i + 1] ?? 0;
    const next = op === '+' ? acc + x : acc - x;
    steps.push(`${acc}${op}${x}=${next}`);
    acc = next;
  });
  return { steps, result: acc };
}

/**
 * Builds the question for given operands. For add/sub/mul, `operands` is [a, b]; for chain it has
 * `level.operands` entries and `ops` one fewer. Operands are not range-checked here.
 */
export function composeQuestion(level: TaskLevel, operands: number[], ops: ChainOp[] = []): Question {
  const expected = level.kind === 'chain' ? level.operands : 2;
  if (operands.length !== expected) {
    throw new Error(`composeQuestion: ${levelId(level)} needs ${expected} operands, got ${operands.length}`);
  }
  const id = levelId(level);
  const a = operands[0] ?? 0;
  const b = operands[1] ?? 0;
  switch (level.kind) {
    case 'add':
      return { prompt: `${a}+${b}=`, answer: `${a + b}`, result: a + b, level: id };
    case 'sub':
      return { prompt: `${a}-${b}=`, answer: `${a - b}`, result: a - b, level: id };
    case 'mul':
      return { prompt: `${a}*${b}=`, answer: `${a * b}`, result: a * b, level: id };
    case 'chain': {
      const { steps, result } = chainSteps(operands, ops);
      let prompt = `${operands[0] ?? 0}`;
      ops.forEach((op, i) => {
        prompt += `${op}${operands[i + 1] ?? 0}`;
      });
      return { prompt: `${prompt}=`, answer: steps.join(';'), result, level: id };
    }
  }
}

/** A uniformly random question of a level (every prompt equally likely). */
export function makeQuestion(level: TaskLevel | string, rng: Rng): Question {
  const lv = toLevel(level);
  const { lo, hi } = operandRange(lv.digits);
  if (lv.kind === 'mul') {
    const a = rng.range(lo, hi);
    return composeQuestion(lv, [a, rng.range(MUL_MIN_FACTOR, MUL_MAX_FACTOR)]);
  }
  const operands: number[] = [];
  const ops: ChainOp[] = [];
  for (let i = 0; i < lv.operands; i++) {
    operands.push(rng.range(lo, hi));
    if (lv.kind === 'chain' && i > 0) ops.push(rng.int(2) === 0 ? '+' : '-');
  }
  return composeQuestion(lv, operands, ops);
}

/** The question with a given index in 0..questionSpaceSize(level)-1; distinct indices, distinct prompts. */
export function questionAt(level: TaskLevel | string, index: number): Question {
  const lv = toLevel(level);
  const size = questionSpaceSize(lv);
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new Error(`questionAt: index ${index} is outside 0..${size - 1} for level ${levelId(lv)}`);
  }
  const { lo } = operandRange(lv.digits);
  const n = operandCount(lv.digits);
  let rest = index;
  const take = (radix: number): number => {
    const digit = rest % radix;
    rest = Math.floor(rest / radix);
    return digit;
  };
  if (lv.kind === 'mul') {
    const b = MUL_MIN_FACTOR + take(MUL_MAX_FACTOR - MUL_MIN_FACTOR + 1);
    return composeQuestion(lv, [lo + take(n), b]);
  }
  const operands: number[] = [];
  const ops: ChainOp[] = [];
  for (let i = 0; i < lv.operands; i++) operands.push(lo + take(n));
  if (lv.kind === 'chain') {
    for (let i = 1; i < lv.operands; i++) ops.push(take(2) === 0 ? '+' : '-');
  }
  return composeQuestion(lv, operands, ops);
}
