import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/table';
import { readStudyData, STUDY_COMMANDS, type StudyData, studyPointFor } from './dataFile';
import { fixtureData, fixtureFigure } from './dataFile.testing';

const DATA = fixtureData(
  [0, 0.2].map((labelNoise) => ({
    config: `noise${labelNoise * 100}`,
    settings: { ...defaultSettings('workshop'), labelNoise },
    greedy: fixtureFigure(2, 1.5, 11),
    sampled: fixtureFigure(2, 1.5, 11),
  })),
);

describe('the study data file', () => {
  it('finds the point of a run with the same training settings, whatever its seed, preset name or view', () => {
    expect(studyPointFor(DATA, defaultSettings('noisy'))?.config).toBe('noise20');
    expect(studyPointFor(DATA, { ...defaultSettings('workshop'), seed: 9, evalEvery: 5 })?.config).toBe(
      'noise0',
    );
  });

  it('has none for other training settings, or without both NFT and RFT', () => {
    expect(studyPointFor(DATA, defaultSettings('tiny'))).toBeUndefined();
    expect(studyPointFor(DATA, { ...defaultSettings('noisy'), mu: 8 })).toBeUndefined();
    expect(studyPointFor(DATA, { ...defaultSettings('noisy'), labelNoise: 0.3 })).toBeUndefined();
    expect(studyPointFor(DATA, { ...defaultSettings('noisy'), methods: ['nft', 'grpo'] })).toBeUndefined();
  });

  it('reads a good file and refuses a bad one with the reason', () => {
    expect(readStudyData(JSON.parse(JSON.stringify(DATA)))).toEqual(DATA);
    const bad = (f: (d: StudyData) => unknown) => {
      const d = structuredClone(DATA);
      f(d);
      const r = readStudyData(d);
      return 'problem' in r ? r.problem : 'accepted';
    };
    expect(bad((d) => Object.assign(d, { version: 2 }))).toContain('version');
    expect(bad((d) => Object.assign(d, { points: [] }))).toBe('no points');
    expect(bad((d) => Object.assign(d.points[0].greedy, { aAhead: 3 }))).toContain('add up');
    expect(bad((d) => Object.assign(d.points[0].greedy, { mean: 9 }))).toContain('outside');
    expect(bad((d) => Object.assign(d.points[1], { labelNoise: 0.9 }))).toContain('labelNoise');
    // a point of a partial file with no seed run yet has no mean; one with seeds must have one
    const none = { n: 0, mean: null, low: null, high: null, aAhead: 0, bAhead: 0, ties: 0 };
    expect(bad((d) => Object.assign(d.points[0], { finding: false, greedy: none, sampled: none }))).toBe(
      'accepted',
    );
    expect(bad((d) => Object.assign(d.points[0].greedy, { mean: null }))).toContain('bad mean');
  });

  it("names the one command that makes the page's file, from the shipped plan", () => {
    expect(STUDY_COMMANDS['noise-dose']).toContain('study-run --plan docs/studies/noise-dose.json');
    expect(STUDY_COMMANDS['noise-dose']).toContain('--write public/studies/noise-dose.json');
  });
});
