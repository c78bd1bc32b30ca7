import { describe, expect, it } from 'vitest';
import { type MsgId, translate } from '../i18n/t';
import { durationText, progressText, secondsLeft } from './progressText';

const en = (s: MsgId, v?: Record<string, string | number>) => translate('en', s, v);

describe('progress inside an iteration', () => {
  it('names the phase and how far it has got', () => {
    expect(
      progressText(en, { arm: 'nft', iteration: 3, progress: { phase: 'sampling', round: 2, maxRounds: 4 } }),
    ).toBe('nft, iteration 3: sampling round 2 of up to 4');
    expect(
      progressText(en, { arm: 'rft', iteration: 1, progress: { phase: 'updating', step: 1, steps: 2 } }),
    ).toBe('rft, iteration 1: update step 1 of 2');
    expect(
      progressText(en, {
        arm: 'nft',
        iteration: 0,
        progress: { phase: 'evaluating', done: 120, total: 311 },
      }),
    ).toBe('base model: evaluating 120 of 311');
    expect(
      progressText(en, { arm: 'nft', iteration: 10, progress: { phase: 'evaluating', done: 0, total: 311 } }),
    ).toBe('nft after iteration 10: evaluating 0 of 311');
  });

  it('estimates the time left from the measured speed', () => {
    expect(secondsLeft(10, 50, 0.25)).toBe(160);
    expect(secondsLeft(50, 50, 0.25)).toBeNull();
    expect(secondsLeft(0, 50, null)).toBeNull();
    expect(durationText(en, 42.4)).toBe('42 s');
    expect(durationText(en, 160)).toBe('2 min 40 s');
    expect(durationText(en, 4000)).toBe('1 h 6 min');
  });
});
