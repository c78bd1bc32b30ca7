import { describe, expect, it } from 'vitest';
import { formatHash } from '../settings/hash';
import { defaultSettings } from '../settings/table';
import { readStudyData, STUDY_COMMANDS, type StudyData, studyPointFor } from './dataFile';

const figure = { n: 15, mean: 2, low: 0.5, high: 3.5, aAhead: 11, bAhead: 3, ties: 1 };
const point = (config: string, labelNoise: number) => ({
  config,
  settings: formatHash({ ...defaultSettings('workshop'), labelNoise }),
  labelNoise,
  verifier: 'exact',
  planned: 15,
  finding: true,
  greedy: figure,
  sampled: figure,
});
const DATA: StudyData = {
  format: 'nft-playground-study-result',
  version: 1,
  plan: 'noise-dose',
  planHash: 'h',
  generated: '2026-12-03T00:00:00.000Z',
  command: 'npm run cli -- …',
  a: 'nft',
  b: 'rft',
  points: [point('noise0', 0), point('noise20', 0.2)],
};

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
  });

  it("names the one command that makes the page's file, from the shipped plan", () => {
    expect(STUDY_COMMANDS['noise-dose']).toContain('study-run --plan docs/studies/noise-dose.json');
    expect(STUDY_COMMANDS['noise-dose']).toContain('--write public/studies/noise-dose.json');
  });
});
