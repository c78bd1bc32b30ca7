import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../tasks/verify';
import { rolloutErrors } from './errorKinds';
import type { RolloutAnswer, RolloutGroup } from './rollout';

const answer = (error: ErrorKind, correct: boolean) =>
  ({ verdict: { correct: error === 'none', final: null, error }, correct }) as RolloutAnswer;
const group = (answers: RolloutAnswer[]) => ({ answers }) as RolloutGroup;

describe('rolloutErrors', () => {
  it('counts the first round by verdict error kind, and the marks that differ from the verifier', () => {
    const firstRound = [
      group([answer('none', true), answer('none', false), answer('wrong_final', true)]),
      group([answer('truncated', false), answer('wrong_step', false), answer('unparsable', false)]),
    ];
    const r = rolloutErrors({ firstRound });
    expect(r.errors).toEqual({ none: 2, truncated: 1, unparsable: 1, wrong_step: 1, wrong_final: 1 });
    expect(r.flipped).toBe(2);
  });

  it('is all zeros for an empty rollout', () => {
    const r = rolloutErrors({ firstRound: [] });
    expect(Object.values(r.errors).every((n) => n === 0)).toBe(true);
    expect(r.flipped).toBe(0);
  });
});
