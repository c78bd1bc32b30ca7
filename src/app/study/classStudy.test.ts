import { describe, expect, it } from 'vitest';
import { formatHash } from '../../formats/settings/hash';
import { defaultSettings } from '../../formats/settings/table';
import type { StudyData } from '../../formats/study/dataFile';
import { classStudyFigure } from './classStudy';

const figure = (mean: number) => ({
  n: 15,
  mean,
  low: mean - 1,
  high: mean + 1,
  aAhead: 9,
  bAhead: 6,
  ties: 0,
});
const DATA: StudyData = {
  format: 'nft-playground-study-result',
  version: 1,
  plan: 'noise-dose',
  planHash: 'h',
  generated: '2026-12-03T00:00:00.000Z',
  command: 'c',
  a: 'nft',
  b: 'rft',
  points: [
    {
      config: 'noise20',
      settings: formatHash(defaultSettings('noisy')),
      labelNoise: 0.2,
      verifier: 'exact',
      planned: 15,
      finding: true,
      greedy: figure(2),
      sampled: figure(4),
    },
  ],
};
const room = (preset: 'noisy' | 'workshop' | 'tiny', seed = 3) =>
  formatHash({ ...defaultSettings(preset), seed });

describe("the class view's study figure", () => {
  it("is the study's interval at the room's settings, in the chosen metric", () => {
    const found = classStudyFigure({ state: 'ready', data: DATA }, room('noisy'), 'sampled');
    expect(found.state === 'found' && found.figure.mean).toBe(4);
    expect(classStudyFigure({ state: 'ready', data: DATA }, room('noisy'), 'greedy')).toMatchObject({
      state: 'found',
      figure: { mean: 2 },
    });
  });

  it('is nothing where the study has no point at the settings', () => {
    expect(classStudyFigure({ state: 'ready', data: DATA }, room('workshop'), 'greedy').state).toBe('none');
    expect(classStudyFigure({ state: 'loading' }, room('noisy'), 'greedy').state).toBe('none');
  });

  it('says the study has not run while its file is missing, for a room of NFT and RFT on a study preset', () => {
    expect(classStudyFigure({ state: 'missing', why: '404' }, room('noisy'), 'greedy').state).toBe('missing');
    expect(classStudyFigure({ state: 'missing', why: '404' }, room('tiny'), 'greedy').state).toBe('none');
    const grpo = formatHash({ ...defaultSettings('noisy'), methods: ['nft', 'grpo'] });
    expect(classStudyFigure({ state: 'missing', why: '404' }, grpo, 'greedy').state).toBe('none');
  });
});
