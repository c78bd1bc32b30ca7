import { describe, expect, it } from 'vitest';
import { verify } from '../engine/tasks';
import type { Question } from '../engine/tasks/levels';
import { labelerFor } from '../engine/train/labelers';
import { PRESETS } from '../engine/train/presets';
import { UsageError } from './args';
import { experimentCommand } from './experimentCommand';
import { labelSettingsFromArgs } from './label-options';

const q: Question = { prompt: '12+33=', answer: '45', result: 45, level: 'add2' };
const gen = (text: string) => ({ prompt: q.prompt, text, tokens: [1], truncated: false, tokenProbs: [1] });
const mark = (labels: ReturnType<typeof labelSettingsFromArgs>, text: string) => {
  const labeler = labelerFor(labels, 1);
  const v = verify(q, text, false);
  return labeler ? labeler(q, gen(text), v) : v.correct;
};

describe('experiment --verifier and --label-noise', () => {
  it('default to the exact verifier and no noise, or to the preset labels', () => {
    expect(labelSettingsFromArgs({})).toEqual({ noise: 0, verifier: 'exact' });
    expect(labelSettingsFromArgs({}, PRESETS.noisy.labels)).toEqual({ noise: 0.2, verifier: 'exact' });
    expect(labelSettingsFromArgs({ 'label-noise': '0' }, PRESETS.noisy.labels).noise).toBe(0);
  });

  it('--verifier offByOne accepts a result one away; exact does not', () => {
    const biased = labelSettingsFromArgs({ verifier: 'offByOne' });
    expect(biased).toEqual({ noise: 0, verifier: 'offByOne' });
    expect(mark(biased, '46')).toBe(true);
    expect(mark(biased, '47')).toBe(false);
    const exact = labelSettingsFromArgs({ verifier: 'exact' });
    expect(mark(exact, '46')).toBe(false);
    expect(mark(exact, '45')).toBe(true);
  });

  it('rejects a bad value with a message naming the choices', () => {
    expect(() => labelSettingsFromArgs({ verifier: 'lenient' })).toThrow(UsageError);
    expect(() => labelSettingsFromArgs({ verifier: 'lenient' })).toThrow(
      '--verifier must be one of exact, offByOne, got "lenient"',
    );
    expect(() => labelSettingsFromArgs({ 'label-noise': '2' })).toThrow(/--label-noise must be a number/);
  });

  it('the experiment command refuses a bad --verifier before loading any model', async () => {
    await expect(experimentCommand(['--verifier', 'OffByOne', '--preset', 'tiny'])).rejects.toThrow(
      /--verifier must be one of exact, offByOne/,
    );
  });
});
