/**
 * Task mixes, the held-out split and the training question stream.
 *
 * A mix is a weighted list of levels. Every prompt belongs to exactly one partition, decided by a hash
 * of its text: held-out prompts (hash % HELD_OUT_MODULUS === 0) are reserved for evaluation and the
 * training stream rejects them, so training and evaluation are disjoint by construction.
 */

import { createRng, hashString } from '../rng';
import { isLevelId, levelId, parseLevel, type Question, type TaskLevel } from './levels';
import { makeQuestion } from './questions';

export interface TaskMixEntry {
  level: string;
  weight: number;
}

export type TaskMix = TaskMixEntry[];

/** The default curriculum: equal weights over a spread of levels. */
export const DEFAULT_TASK_MIX: TaskMix = [
  { level: 'add1', weight: 1 },
  { level: 'add2', weight: 1 },
  { level: 'add3', weight: 1 },
  { level: 'sub2', weight: 1 },
  { level: 'mul1', weight: 1 },
  { level: 'mul2', weight: 1 },
  { level: 'chain3x1', weight: 1 },
  { level: 'chain3x2', weight: 1 },
];

/** One prompt in HELD_OUT_MODULUS (by hash) is held out for evaluation. */
export const HELD_OUT_MODULUS = 8;

/** Most draws the stream makes for one training question before giving up on a level. */
export const MAX_TRAIN_ATTEMPTS = 10_000;

/** True when a prompt belongs to the evaluation partition (never emitted for training). */
export function isHeldOut(prompt: string): boolean {
  return hashString(prompt) % HELD_OUT_MODULUS === 0;
}

/** Human-readable problems with a mix; [] when it is usable. */
export function validateTaskMix(mix: TaskMix): string[] {
  const problems: string[] = [];
  if (!Array.isArray(mix) || mix.length === 0) return ['the task mix is empty: add at least one level'];
  const seen = new Set<string>();
  mix.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    if (typeof entry?.level !== 'string' || !isLevelId(entry.level)) {
      let why = 'not a level id';
      try {
        parseLevel(String(entry?.level));
      } catch (err) {
        why = (err as Error).message;
      }
      problems.push(`${where}: ${why}`);
    } else if (seen.has(entry.level)) {
      problems.push(`${where}: level "${entry.level}" appears more than once`);
    } else {
      seen.add(entry.level);
    }
    const w = entry?.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      const what = `${where} (${String(entry?.level)})`;
      problems.push(`${what}: weight must be a finite number > 0, got ${String(w)}`);
    }
  });
  return problems;
}

/** Throws one Error listing every problem of an invalid mix. */
export function assertValidTaskMix(mix: TaskMix): void {
  const problems = validateTaskMix(mix);
  if (problems.length > 0) throw new Error(`invalid task mix: ${problems.join('; ')}`);
}

export interface QuestionStream {
  next(): Question;
  nextBatch(n: number): Question[];
  /** Questions drawn so far: a stream re-created with the same mix and seed and advanced by this
   * many draws continues exactly where this one is (experiment snapshots rely on it). */
  readonly position: number;
}

/**
 * An endless, seeded stream of training questions: a level is picked by weight, then a uniformly
 * random prompt of that level that is not held out. Same mix and seed, same sequence.
 */
export function createQuestionStream(mix: TaskMix, seed: number): QuestionStream {
  assertValidTaskMix(mix);
  const levels: TaskLevel[] = mix.map((e) => parseLevel(e.level));
  const total = mix.reduce((s, e) => s + e.weight, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const e of mix) {
    acc += e.weight / total;
    cumulative.push(acc);
  }
  const root = createRng(seed);
  const levelRng = root.fork('task-stream:level');
  const questionRng = root.fork('task-stream:question');

  const pickLevel = (): number => {
    const u = levelRng.next();
    const i = cumulative.findIndex((c) => u < c);
    return i === -1 ? mix.length - 1 : i; // float rounding can leave the last sum a hair below 1
  };

  let position = 0;
  const next = (): Question => {
    position += 1;
    const level = levels[pickLevel()] as TaskLevel;
    for (let attempt = 0; attempt < MAX_TRAIN_ATTEMPTS; attempt++) {
      const q = makeQuestion(level, questionRng);
      if (!isHeldOut(q.prompt)) return q;
    }
    throw new Error(
      `task stream: level "${levelId(level)}" produced only held-out prompts in ${MAX_TRAIN_ATTEMPTS} ` +
        'draws; it has no training prompts, remove it from the mix',
    );
  };

  return {
    next,
    get position() {
      return position;
    },
    nextBatch: (n) => {
      if (!Number.isInteger(n) || n < 0) throw new Error(`nextBatch: n must be an integer >= 0, got ${n}`);
      return Array.from({ length: n }, next);
    },
  };
}
