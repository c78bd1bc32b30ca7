/**
 * Public API of the arithmetic tasks: levels, question generation, the task mix with its held-out
 * split and training stream, the evaluation set, and the verifier.
 */

export { ENUMERATE_LIMIT, evalQuestionsForLevel, heldOutQuestions, makeEvalSet } from './evalset';
export type { Question, TaskKind, TaskLevel } from './levels';
export {
  isLevelId,
  levelId,
  MAX_CHAIN_OPERANDS,
  MAX_DIGITS,
  MIN_CHAIN_OPERANDS,
  MIN_DIGITS,
  MUL_MAX_FACTOR,
  MUL_MIN_FACTOR,
  maxSequenceLength,
  operandCount,
  operandRange,
  parseLevel,
  questionSpaceSize,
  toLevel,
} from './levels';
export type { QuestionStream, TaskMix, TaskMixEntry } from './mix';
export {
  assertValidTaskMix,
  createQuestionStream,
  DEFAULT_TASK_MIX,
  HELD_OUT_MODULUS,
  isHeldOut,
  MAX_TRAIN_ATTEMPTS,
  validateTaskMix,
} from './mix';
export { questionFromPrompt } from './parse';
export type { ChainOp } from './questions';
export { chainSteps, composeQuestion, makeQuestion, questionAt } from './questions';
export type { ErrorKind, Verdict } from './verify';
export { describeVerdict, finalText, parseFinal, verify } from './verify';
