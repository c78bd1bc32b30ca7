/**
 * How a rollout's answers went wrong, by the verifier (not by the marks training used): what the model
 * does, whatever a labeler said. Counted over every answer of the first sampling round, kept or dropped
 * by the filter: an unfiltered sample of the model at that iteration (the kept groups lean towards mixed
 * questions, and later rounds exist only when earlier ones were filtered away).
 */
import type { ErrorKind } from '../tasks/verify';
import type { Rollout } from './rollout';

export const ERROR_KINDS: readonly ErrorKind[] = [
  'none',
  'truncated',
  'unparsable',
  'wrong_step',
  'wrong_final',
];

export type ErrorCounts = Record<ErrorKind, number>;

export interface RolloutErrors {
  /** Answers of the first round per verdict error kind ('none' = right). */
  errors: ErrorCounts;
  /** Answers of the first round whose mark differs from the verifier's (a labeler changed it). */
  flipped: number;
}

export function rolloutErrors(rollout: Pick<Rollout, 'firstRound'>): RolloutErrors {
  const errors = Object.fromEntries(ERROR_KINDS.map((k) => [k, 0])) as ErrorCounts;
  let flipped = 0;
  for (const g of rollout.firstRound)
    for (const a of g.answers) {
      errors[a.verdict.error] += 1;
      if (a.correct !== a.verdict.correct) flipped += 1;
    }
  return { errors, flipped };
}
