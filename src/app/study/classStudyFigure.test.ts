import { describe, expect, it } from 'vitest';
import { formatHash } from '../../formats/settings/hash';
import { defaultSettings } from '../../formats/settings/table';
import { fixtureData, fixtureFigure } from '../../formats/study/dataFile.testing';
import { classStudyFigure } from './classStudyFigure';

const DATA = fixtureData([
  {
    config: 'noise20',
    settings: defaultSettings('noisy'),
    greedy: fixtureFigure(2, 1),
    sampled: fixtureFigure(4, 1),
  },
]);
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

  it('gives no number for a point short of its planned seeds, only how many have run', () => {
    const short = {
      ...DATA,
      points: DATA.points.map((p) => ({ ...p, finding: false, greedy: { ...p.greedy, n: 4 } })),
    };
    expect(classStudyFigure({ state: 'ready', data: short }, room('noisy'), 'greedy')).toEqual({
      state: 'pending',
      n: 4,
      planned: 15,
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
