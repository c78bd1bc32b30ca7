/**
 * Task levels: the difficulty ladder of arithmetic questions, named by short ids.
 *
 * `add{d}`, `sub{d}`, `mul{d}` are two-operand questions with d-digit operands (mul multiplies by a
 * single digit 2..9); `chain{n}x{d}` adds/subtracts n d-digit operands and is answered as a worked
 * solution, one step per operator. This module parses ids and gives sizes and length bounds.
 */

export type TaskKind = 'add' | 'sub' | 'mul' | 'chain';

export interface TaskLevel {
  kind: TaskKind;
  digits: number;
  /** 2, except for chain levels (3..4). */
  operands: number;
}

export interface Question {
  prompt: string;
  answer: string;
  result: number;
  level: string;
}

export const MIN_DIGITS = 1;
export const MAX_DIGITS = 5;
export const MIN_CHAIN_OPERANDS = 3;
export const MAX_CHAIN_OPERANDS = 4;

/** The single-digit multipliers of mul levels. */
export const MUL_MIN_FACTOR = 2;
export const MUL_MAX_FACTOR = 9;

const LEVEL_HELP =
  `expected add{d}, sub{d}, mul{d} or chain{n}x{d} with d in ${MIN_DIGITS}..${MAX_DIGITS} ` +
  `and n in ${MIN_CHAIN_OPERANDS}..${MAX_CHAIN_OPERANDS} (e.g. add2, mul1, chain3x2)`;

function checkDigits(id: string, digits: number): void {
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new Error(`task level "${id}": digits must be in ${MIN_DIGITS}..${MAX_DIGITS}, got ${digits}`);
  }
}

/** Parses a level id such as 'add2' or 'chain3x1'; throws a clear Error on anything else. */
export function parseLevel(id: string): TaskLevel {
  const simple = /^(add|sub|mul)([1-9][0-9]*)$/.exec(id);
  if (simple) {
    const digits = Number(simple[2]);
    checkDigits(id, digits);
    return { kind: simple[1] as TaskKind, digits, operands: 2 };
  }
  const chain = /^chain([1-9][0-9]*)x([1-9][0-9]*)$/.exec(id);
  if (chain) {
    const operands = Number(chain[1]);
    const digits = Number(chain[2]);
    if (operands < MIN_CHAIN_OPERANDS || operands > MAX_CHAIN_OPERANDS) {
      throw new Error(
        `task level "${id}": chain operands must be in ${MIN_CHAIN_OPERANDS}..${MAX_CHAIN_OPERANDS}, ` +
          `got ${operands}`,
      );
    }
    checkDigits(id, digits);
    return { kind: 'chain', digits, operands };
  }
  throw new Error(`unknown task level ${JSON.stringify(id)}: ${LEVEL_HELP}`);
}

/** The id of a level; the inverse of parseLevel. */
export function levelId(level: TaskLevel): string {
  if (level.kind === 'chain') return `chain${level.operands}x${level.digits}`;
  return `${level.kind}${level.digits}`;
}

/** Accepts either form, always returns a parsed (validated) level. */
export function toLevel(level: TaskLevel | string): TaskLevel {
  return typeof level === 'string' ? parseLevel(level) : parseLevel(levelId(level));
}

/** True when the id names a valid level. */
export function isLevelId(id: string): boolean {
  try {
    parseLevel(id);
    return true;
  } catch {
    return false;
  }
}

/** Inclusive range of a d-digit operand: 0..9 for d = 1, else 10^(d-1)..10^d-1. */
export function operandRange(digits: number): { lo: number; hi: number } {
  if (digits === 1) return { lo: 0, hi: 9 };
  return { lo: 10 ** (digits - 1), hi: 10 ** digits - 1 };
}

/** How many d-digit operands exist. */
export function operandCount(digits: number): number {
  const { lo, hi } = operandRange(digits);
  return hi - lo + 1;
}

/** How many distinct prompts a level has (each prompt has exactly one answer). */
export function questionSpaceSize(level: TaskLevel | string): number {
  const lv = toLevel(level);
  const n = operandCount(lv.digits);
  switch (lv.kind) {
    case 'add':
    case 'sub':
      return n * n;
    case 'mul':
      return n * (MUL_MAX_FACTOR - MUL_MIN_FACTOR + 1);
    case 'chain':
      return n ** lv.operands * 2 ** (lv.operands - 1);
  }
}

const numLen = (x: number): number => String(x).length;
/** Longest decimal string of any integer in [lo, hi] (|x| is largest at an end). */
const maxLenIn = (lo: number, hi: number): number => Math.max(numLen(lo), numLen(hi));

/**
 * Worst-case token count of prompt + answer + EOS for a level. Exact for add/sub/mul; for chain
 * levels an upper bound (each step's worst case, summed), which is what sequence buffers need.
 */
export function maxSequenceLength(level: TaskLevel | string): number {
  const lv = toLevel(level);
  const { lo, hi } = operandRange(lv.digits);
  const d = lv.digits;
  let prompt: number;
  let answer: number;
  switch (lv.kind) {
    case 'add':
      prompt = 2 * d + 2;
      answer = numLen(2 * hi);
      break;
    case 'sub':
      prompt = 2 * d + 2;
      answer = maxLenIn(lo - hi, hi - lo);
      break;
    case 'mul':
      prompt = d + 3;
      answer = maxLenIn(lo * MUL_MIN_FACTOR, hi * MUL_MAX_FACTOR);
      break;
    case 'chain': {
      prompt = lv.operands * d + (lv.operands - 1) + 1;
      let accLo = lo;
      let accHi = hi;
      answer = lv.operands - 2; // ';' separators between the n-1 steps
      for (let step = 1; step < lv.operands; step++) {
        const nextLo = accLo - hi;
        const nextHi = accHi + hi;
        answer += maxLenIn(accLo, accHi) + 1 + d + 1 + maxLenIn(nextLo, nextHi);
        accLo = nextLo;
        accHi = nextHi;
      }
      break;
    }
  }
  return prompt + answer + 1;
}
