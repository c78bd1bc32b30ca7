/**
 * The evaluation set: distinct held-out questions per level of a mix, chosen by a seed.
 *
 * Small levels (at most ENUMERATE_LIMIT prompts) are enumerated in full and a seeded shuffle of their
 * held-out prompts is cut to size, so tiny levels give every held-out prompt they have. Large levels
 * are rejection-sampled. Each level draws from its own forked stream, so one level's selection does
 * not depend on which other levels are in the mix.
 */

import { createRng, type Rng } from '../rng';
import { parseLevel, type Question, questionSpaceSize, type TaskLevel } from './levels';
import { assertValidTaskMix, isHeldOut, type TaskMix } from './mix';
import { makeQuestion, questionAt } from './questions';

/** Levels with at most this many prompts are enumerated rather than sampled. */
export const ENUMERATE_LIMIT = 50_000;

/** Every held-out question of a level, in index order (only sensible for small levels). */
export function heldOutQuestions(level: TaskLevel | string): Question[] {
  const size = questionSpaceSize(level);
  if (size > ENUMERATE_LIMIT) {
    throw new Error(`heldOutQuestions: level has ${size} prompts, more than ${ENUMERATE_LIMIT}`);
  }
  const out: Question[] = [];
  for (let i = 0; i < size; i++) {
    const q = questionAt(level, i);
    if (isHeldOut(q.prompt)) out.push(q);
  }
  return out;
}

/** Seeded partial Fisher-Yates: the first k items of a uniform shuffle (items is reordered). */
function shufflePrefix<T>(items: T[], k: number, rng: Rng): T[] {
  const m = Math.min(k, items.length);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(items.length - i);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items.slice(0, m);
}

function sampleHeldOut(level: TaskLevel, perLevel: number, rng: Rng): Question[] {
  const seen = new Set<string>();
  const out: Question[] = [];
  const maxAttempts = Math.max(10_000, perLevel * 200);
  for (let attempt = 0; attempt < maxAttempts && out.length < perLevel; attempt++) {
    const q = makeQuestion(level, rng);
    if (isHeldOut(q.prompt) && !seen.has(q.prompt)) {
      seen.add(q.prompt);
      out.push(q);
    }
  }
  return out;
}

/** Up to perLevel distinct held-out questions of one level, chosen by the rng. */
export function evalQuestionsForLevel(level: TaskLevel | string, perLevel: number, rng: Rng): Question[] {
  const lv = typeof level === 'string' ? parseLevel(level) : level;
  if (questionSpaceSize(lv) <= ENUMERATE_LIMIT) return shufflePrefix(heldOutQuestions(lv), perLevel, rng);
  return sampleHeldOut(lv, perLevel, rng);
}

/**
 * The evaluation set of a mix: for each level in mix order, up to perLevel distinct held-out
 * questions. Deterministic in (mix levels, seed, perLevel); weights do not matter here.
 */
export function makeEvalSet(mix: TaskMix, seed: number, perLevel: number): Question[] {
  assertValidTaskMix(mix);
  if (!Number.isInteger(perLevel) || perLevel < 0) {
    throw new Error(`makeEvalSet: perLevel must be an integer >= 0, got ${perLevel}`);
  }
  const root = createRng(seed);
  return mix.flatMap((entry) =>
    evalQuestionsForLevel(entry.level, perLevel, root.fork(`eval-set:${entry.level}`)),
  );
}
