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

/**
 * offByOneLabeler(): a biased verifier that also accepts a wrong answer whose final result is exactly one
 * away from the gold result (e.g. 46 for 45), and otherwise keeps the verifier's mark. Its errors are
 * systematic (always the same near-misses, always towards "right"), unlike noisyLabeler's random flips.
 */
export function offByOneLabeler(): Labeler {
  return (question, _generation, verdict) =>
    verdict.correct || (verdict.final !== null && Math.abs(verdict.final - question.result) === 1);
}

/** The verifiers a run can choose: the exact one, or one that accepts near-misses. */
export const VERIFIERS = ['exact', 'offByOne'] as const;
export type VerifierChoice = (typeof VERIFIERS)[number];

export interface LabelSettings {
  /** Share of distinct (question, answer) marks flipped at random (seeded), in [0, 1]. */
  noise: number;
  verifier: VerifierChoice;
}

/**
 * The labeler for a run's label settings, or undefined when the marks are the exact verifier's. With
 * both on, the biased verifier marks first and the noise flips its marks (a biased verifier that is also
 * unreliable). Seeded by the run's seed, so a restored run rebuilds the same labeler from its settings.
 */
export function labelerFor(s: LabelSettings, seed: number): Labeler | undefined {
  const biased = s.verifier === 'offByOne' ? offByOneLabeler() : undefined;
  const noisy = s.noise > 0 ? noisyLabeler(s.noise, seed) : undefined;
  if (!biased) return noisy;
  if (!noisy) return biased;
  // The noise flips the biased mark: hand it a verdict whose `correct` is the biased one.
  return (q, g, v) => noisy(q, g, { ...v, correct: biased(q, g, v) });
}
