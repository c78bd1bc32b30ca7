/**
 * Reading a question typed by a person ("12+34=", "12+34-5", "7*8="): parsed into the same Question a
 * generator would make, with its level inferred (digits = widest operand), or a clear error.
 */

import { MAX_CHAIN_OPERANDS, MAX_DIGITS, type Question, type TaskLevel } from './levels';
import type { ChainOp } from './questions';
import { composeQuestion } from './questions';

export function questionFromPrompt(text: string): Question {
  const s = text.trim().replace(/=$/, '');
  if (!/^\d+([+\-*]\d+)+$/.test(s)) {
    throw new Error(`question ${JSON.stringify(text)} must look like 12+34= (digits and + - * only)`);
  }
  const operands = s.split(/[+\-*]/).map(Number);
  const ops = s.replace(/\d+/g, '').split('') as (ChainOp | '*')[];
  const widths = s.split(/[+\-*]/).map((x) => x.length);
  if (s.split(/[+\-*]/).some((x) => x.length > 1 && x.startsWith('0'))) {
    throw new Error('operands must not have leading zeros');
  }
  const digits = Math.max(...widths);
  if (digits > MAX_DIGITS) throw new Error(`operands have at most ${MAX_DIGITS} digits`);
  let level: TaskLevel;
  if (operands.length === 2) {
    const kind = ops[0] === '+' ? 'add' : ops[0] === '-' ? 'sub' : 'mul';
    if (kind === 'mul' && widths[1] !== 1) throw new Error('multiplication questions are N-digit * 1-digit');
    level = { kind, digits: kind === 'mul' ? widths[0] : digits, operands: 2 };
  } else {
    if (ops.includes('*')) throw new Error('chains use + and - only');
    if (operands.length > MAX_CHAIN_OPERANDS)
      throw new Error(`chains have at most ${MAX_CHAIN_OPERANDS} operands`);
    level = { kind: 'chain', digits, operands: operands.length };
  }
  return composeQuestion(level, operands, ops as ChainOp[]);
}
