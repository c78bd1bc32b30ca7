/**
 * Labelers that stand in for an imperfect verifier (they plug into rollouts through the Labeler hook,
 * the same path as a person's labels).
 *
 * noisyLabeler(share, seed): each distinct (question, answer text) pair has its mark flipped with
 * probability `share`, decided by a hash of (seed, prompt, text): the same answer to the same question
 * is always misjudged the same way, like a verifier with blind spots, and every arm of an experiment
 * sees the same flips for the same answers (so iteration 0 stays identical across arms).
 */
import { hashString } from '../rng';
import type { Labeler } from './rollout';

export function noisyLabeler(share: number, seed: number): Labeler {
  if (!(share >= 0 && share <= 1)) throw new Error(`label noise must be in [0, 1], got ${share}`);
  const cut = share * 2 ** 32;
  return (question, generation, verdict) => {
    const flip = hashString(`${seed}|${question.prompt}|${generation.text}`) < cut;
    return flip ? !verdict.correct : verdict.correct;
  };
}
