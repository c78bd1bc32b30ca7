import { describe, expect, it } from 'vitest';
import type { AnswerView, GroupView } from '../../worker/protocol';
import {
  answerNote,
  groupStatus,
  probText,
  rHatText,
  SHOW_FIRST,
  tokenAlpha,
  tokenBackground,
  visibleGroups,
} from './shading';

const answer = (correct: boolean, verified: boolean, verdict: string): AnswerView => ({
  text: '5',
  tokens: ['5', '⏎'],
  probs: [0.9, 0.8],
  correct,
  verified,
  error: verified ? 'none' : 'wrong_final',
  verdict,
});

const group = (rHat: number, kept: boolean, firstRound = true): GroupView => ({
  prompt: '2+3=',
  gold: '5',
  level: 'add1',
  rHat,
  kept,
  firstRound,
  answers: [],
});

describe('token shading', () => {
  it('opacity follows the probability, clamped to [0, 1]', () => {
    expect([0, 0.25, 1].map(tokenAlpha)).toEqual([0, 0.25, 1]);
    expect([-1, 2, Number.NaN].map(tokenAlpha)).toEqual([0, 1, 0]);
    expect(tokenBackground(1)).toBe('rgba(66, 133, 244, 0.750)');
    expect(tokenBackground(0)).toBe('rgba(66, 133, 244, 0.000)');
    const alpha = (p: number) => Number(/, ([\d.]+)\)$/.exec(tokenBackground(p))?.[1]);
    expect(alpha(0.2)).toBeLessThan(alpha(0.9));
  });

  it('writes probabilities with three significant digits', () => {
    expect([0.93412, 0.012345, 1].map(probText)).toEqual(['0.934', '0.0123', '1.00']);
    expect(probText(Number.NaN)).toBe('?');
  });
});

describe('words of the rollout view', () => {
  it('r_hat with its count of right answers', () => {
    expect(rHatText(0.5, 4)).toBe('0.50 (2 of 4 right)');
    expect(rHatText(1, 8)).toBe('1.00 (8 of 8 right)');
  });

  it('says whether a question trains or why the filter dropped it', () => {
    expect(groupStatus(group(0.5, true))).toBe('kept: trains');
    expect(groupStatus(group(0.25, true, false))).toBe('kept: trains (later round)');
    expect(groupStatus(group(1, false))).toBe('dropped: all right');
    expect(groupStatus(group(0, false))).toBe('dropped: all wrong');
  });

  it('notes how a wrong answer is wrong, and where the mark and the verifier disagree', () => {
    expect(answerNote(answer(true, true, 'right'))).toBeNull();
    expect(answerNote(answer(false, false, 'wrong: step 2'))).toBe('wrong: step 2');
    expect(answerNote(answer(true, false, 'wrong: final answer'))).toBe(
      'marked right; verifier: wrong: final answer',
    );
    expect(answerNote(answer(false, true, 'right'))).toBe('marked wrong; verifier: right');
  });

  it('collapses to the first few questions unless all are asked for', () => {
    const many = Array.from({ length: SHOW_FIRST + 3 }, (_, i) => i);
    expect(visibleGroups(many, false)).toEqual(many.slice(0, SHOW_FIRST));
    expect(visibleGroups(many, true)).toBe(many);
    expect(visibleGroups([1, 2], false)).toEqual([1, 2]);
  });
});
